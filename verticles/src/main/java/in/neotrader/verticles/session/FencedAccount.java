package in.neotrader.verticles.session;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.accounts.TradingAccount;
import io.vertx.core.Future;
import java.time.Instant;

/** A run's view of the user's account: broker calls and the simulated exchange's catch-up pass its fence. */
final class FencedAccount implements TradingAccount {

  private final TradingAccount account;
  private final RunFence fence;
  private final Broker broker;

  FencedAccount(TradingAccount account, RunFence fence) {
    this.account = account;
    this.fence = fence;
    this.broker = new FencedBroker(account.broker(), fence);
  }

  public Broker broker() {
    return broker;
  }

  public MarketData marketData() {
    return account.marketData();
  }

  public String source() {
    return account.source();
  }

  @Override
  public boolean fundsExcludePendingBuys() {
    return account.fundsExcludePendingBuys();
  }

  public Instruments instruments() {
    return account.instruments();
  }

  public AmoLimit amoLimit() {
    return account.amoLimit();
  }

  @Override
  public Future<Void> catchUp(Instant now) {
    return fence.check().compose(v -> account.catchUp(now));
  }

  @Override
  public Future<Void> logInAgain() {
    return fence.check().compose(v -> account.logInAgain());
  }

  @Override
  public void close() {
    account.close();
  }
}
