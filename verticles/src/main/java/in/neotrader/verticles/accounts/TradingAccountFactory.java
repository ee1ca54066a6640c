package in.neotrader.verticles.accounts;

import io.vertx.core.Future;

/**
 * Opens a user's trading account inside that user's verticle. Injected into the engine, so tests and the demo
 * can give one user a failing broker without touching the others.
 */
@FunctionalInterface
public interface TradingAccountFactory {

  Future<TradingAccount> open(AccountRequest request);
}
