package in.neotrader.verticles.accounts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Opens a user's trading account inside that user's verticle. Injected into the engine, so tests and the demo
 * can give one user a failing broker without touching the others.
 */
@FunctionalInterface
public interface TradingAccountFactory {

  Future<TradingAccount> open(AccountRequest request);

  /**
   * Checks the user's broker credentials apart from any running session: {@code {ok, message, ...}}, never a failed
   * future for a refusal. Accounts without a broker have nothing to check.
   */
  default Future<JsonObject> testConnection(AccountRequest request) {
    return Future.succeededFuture(new JsonObject().put("ok", false).put("message", "this account has no broker"));
  }
}
