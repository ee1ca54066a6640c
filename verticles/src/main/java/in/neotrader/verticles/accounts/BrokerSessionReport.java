package in.neotrader.verticles.accounts;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.settings.BrokerSessionState;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.broker.kotak.SessionState;
import in.neotrader.verticles.events.UserEvents;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the UI's broker banner true: each change of a user's Kotak session state is written to user_settings,
 * then announced as {@code broker.session} on that user's events address. Unchanged states write nothing.
 */
final class BrokerSessionReport {

  static final String EVENT = "broker.session";
  private static final Logger LOG = LoggerFactory.getLogger(BrokerSessionReport.class);

  private final UserSettingsRepository settings;
  private final UserEvents events;
  private final long userId;
  private final TradingClock clock;
  private BrokerSessionState reported;

  BrokerSessionReport(Pool pool, UserEvents events, long userId, TradingClock clock) {
    this.settings = new UserSettingsRepository(pool);
    this.events = events;
    this.userId = userId;
    this.clock = clock;
  }

  /** Records {@code state} when it differs from the last one recorded; NONE (not tried yet) is not news. */
  Future<Void> observe(SessionState state) {
    return state == SessionState.NONE ? Future.succeededFuture() : record(BrokerSessionState.valueOf(state.name()));
  }

  /** The credentials cannot be used at all (missing, unreadable): only the user can fix that. */
  Future<Void> needsLogin() {
    return record(BrokerSessionState.NEEDS_LOGIN);
  }

  /**
   * Records the address Kotak saw at a login beside the registered one; a mismatch is logged, since every order
   * from that address will be refused.
   */
  void addresses(String seen, Optional<String> registered) {
    if (registered.isPresent() && !registered.get().equals(seen)) {
      LOG.warn("Kotak sees user {} calling from {}, but the registered address is {}: orders will be refused",
          userId, seen, registered.get());
    }
    settings.setBrokerAddresses(userId, seen, registered, clock.now())
        .onFailure(failure -> LOG.warn("Could not record the address Kotak sees for user {}: {}", userId,
            failure.getMessage()));
  }

  private Future<Void> record(BrokerSessionState state) {
    if (state == reported) {
      return Future.succeededFuture();
    }
    Instant at = clock.now();
    return settings.setBrokerSessionState(userId, state, at).onSuccess(v -> {
      reported = state;
      events.publish(userId, EVENT, at, new JsonObject().put("state", state.stored()).put("checkedAt", at.toString()));
    });
  }
}
