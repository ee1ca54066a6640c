package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.KotakRateGovernor;
import io.vertx.core.Future;
import java.util.function.Supplier;

/** A broker-mode account: orders go to Kotak Neo; prices for the strategy come from the market data. */
final class KotakAccount implements TradingAccount {

  private final KotakAccountBroker broker;
  private final MarketData marketData;
  private final Supplier<Future<KotakNeoBroker>> connect;
  private final BrokerSessionReport report;
  private final KotakRateGovernor governor;

  /**
   * @param connect opens the user's credentials again and builds a broker with a fresh session
   * @param governor the user's rate limits, shared by every session of this account
   */
  KotakAccount(KotakAccountBroker broker, MarketData marketData, Supplier<Future<KotakNeoBroker>> connect,
      BrokerSessionReport report, KotakRateGovernor governor) {
    this.governor = governor;
    this.broker = broker;
    this.marketData = marketData;
    this.connect = connect;
    this.report = report;
  }

  @Override
  public Broker broker() {
    return broker;
  }

  @Override
  public MarketData marketData() {
    return marketData;
  }

  @Override
  public String source() {
    return "live";
  }

  /** Reads the credentials again (the user may just have saved new ones) and logs in with them. */
  @Override
  public Future<Void> logInAgain() {
    return connect.get()
        .onSuccess(broker::replace)
        .compose(fresh -> checkSession(), unusable -> report.needsLogin());
  }

  /** One cheap call logs in, so the banner shows the session state without waiting for a task. */
  Future<Void> checkSession() {
    return broker.funds().<Void>mapEmpty().otherwiseEmpty();
  }

  @Override
  public void close() {
    // Before the lease is released: no waiting call may go out once another node can trade for the user.
    governor.close();
    broker.close();
  }
}
