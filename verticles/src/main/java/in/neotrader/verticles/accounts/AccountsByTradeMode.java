package in.neotrader.verticles.accounts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/** Opens each user's account in the trade mode the user chose: paper, or the broker with real money. */
public final class AccountsByTradeMode implements TradingAccountFactory {

  private final TradingAccountFactory paper;
  private final TradingAccountFactory broker;

  public AccountsByTradeMode(TradingAccountFactory paper, TradingAccountFactory broker) {
    this.paper = paper;
    this.broker = broker;
  }

  @Override
  public Future<TradingAccount> open(AccountRequest request) {
    return "broker".equals(request.profile().tradeMode()) ? broker.open(request) : paper.open(request);
  }

  /** In either mode: a trader checks the credentials before switching to the broker. */
  @Override
  public Future<JsonObject> testConnection(AccountRequest request) {
    return broker.testConnection(request);
  }
}
