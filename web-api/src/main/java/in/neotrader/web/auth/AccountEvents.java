package in.neotrader.web.auth;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.EventBus;

/**
 * "This account was disabled", published to every node of the cluster: each node forgets the account's cached
 * "active" answer and closes its live sockets at once, instead of when their access tokens run out.
 */
public final class AccountEvents {
  static final String DISABLED = "trading.accounts.disabled";

  private final EventBus bus;

  public AccountEvents(EventBus bus) {
    this.bus = bus;
  }

  public void publishDisabled(long userId) {
    bus.publish(DISABLED, userId);
  }

  /** Runs {@code handler} with the user id of each account disabled anywhere in the cluster. */
  public void onDisabled(Handler<Long> handler) {
    bus.<Long>consumer(DISABLED).handler(message -> handler.handle(message.body()));
  }
}
