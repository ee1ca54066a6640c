package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.KotakRateGovernor;
import io.vertx.core.Future;
import java.util.function.Supplier;

/** A broker-mode account: orders go to Kotak Neo; prices for the strategy come from the market data. */
final class KotakAccount implements TradingAccount {

  private final KotakAccountBroker broker;
  private final MarketData marketData;
  private final Instruments instruments;
  private final AmoLimit amoLimit;
  private final Supplier<Future<KotakNeoBroker>> connect;
  private final BrokerSessionReport report;
  private final KotakRateGovernor governor;

  /**
   * @param connect opens the user's credentials again and builds a broker with a fresh session
   * @param governor the user's rate limits, shared by every session of this account
   */
  KotakAccount(KotakAccountBroker broker, MarketData marketData, Instruments instruments, AmoLimit amoLimit,
      Supplier<Future<KotakNeoBroker>> connect, BrokerSessionReport report, KotakRateGovernor governor) {
    this.governor = governor;
    this.broker = broker;
    this.marketData = marketData;
    this.instruments = instruments;
    this.amoLimit = amoLimit;
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

  /** Kotak's limits give {@code Net} after the margin its open orders, AMOs included, block. */
  @Override
  public boolean fundsExcludePendingBuys() {
    return true;
  }

  @Override
  public String source() {
    return "live";
  }

  @Override
  public Instruments instruments() {
    return instruments;
  }

  @Override
  public AmoLimit amoLimit() {
    return amoLimit;
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
