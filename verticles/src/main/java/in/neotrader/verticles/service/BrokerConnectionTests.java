package in.neotrader.verticles.service;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.sql.settings.TradingProfileRepository;
import in.neotrader.verticles.accounts.AccountRequest;
import in.neotrader.verticles.trading.EngineServices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The "test connection" command: a login with the user's saved broker credentials, whether or not the service runs.
 * At most one test per user every {@link #MIN_INTERVAL_NANOS} on this node: repeated wrong MPINs lock the Kotak
 * account, so a trader clicking again and again must not send them.
 */
final class BrokerConnectionTests {

  static final long MIN_INTERVAL_NANOS = 30_000_000_000L;

  private final Vertx vertx;
  private final EngineServices services;
  private final Map<Long, Long> lastTest = new ConcurrentHashMap<>();

  BrokerConnectionTests(Vertx vertx, EngineServices services) {
    this.vertx = vertx;
    this.services = services;
  }

  Future<JsonObject> test(long userId) {
    long now = System.nanoTime();
    Long previous = lastTest.get(userId);
    if (previous != null && now - previous < MIN_INTERVAL_NANOS) {
      long waitSeconds = Math.max(1, (MIN_INTERVAL_NANOS - (now - previous)) / 1_000_000_000L);
      return Future.failedFuture(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 429,
          "a connection test ran moments ago; retry in " + waitSeconds + " s"));
    }
    lastTest.put(userId, now);
    TradingClock clock = services.clocks().of(userId);
    return new TradingProfileRepository(services.pool()).load(userId).compose(profile -> {
      if (profile.isEmpty() || profile.get().brokerCredentials().isEmpty()) {
        return Future.succeededFuture(new JsonObject().put("ok", false)
            .put("message", "no broker credentials saved: save them first"));
      }
      return services.accounts().testConnection(new AccountRequest(vertx, services.pool(), userId, profile.get(),
          TradingConfig.fromJson(profile.get().tradingConfig()), clock, services.calendar(), services.events()));
    });
  }
}
