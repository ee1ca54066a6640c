package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * One user's broker and market data, as the trading verticle uses them. {@link #source()} is the orders'
 * {@code source} column: "paper" or "live".
 */
public interface TradingAccount {

  Broker broker();

  MarketData marketData();

  /** The instruments this account's orders go to: trading symbol, token and tick per symbol. */
  Instruments instruments();

  /** How far above the last close this account's AMO entries may fill (the broker's protection band). */
  AmoLimit amoLimit();

  String source();

  /**
   * Whether the broker's funds already leave out what pending buys block: Kotak's {@code Net} does (its margin
   * used); a paper account's cash moves only at the fill, so the buy tasks reserve pending buys themselves.
   */
  boolean fundsExcludePendingBuys();

  /**
   * Lets a simulated exchange catch up to {@code now} (open the session, match limits, expire at the close)
   * before a task reads the order book. A live broker's exchange runs by itself: nothing to do.
   */
  default Future<Void> catchUp(Instant now) {
    return Future.succeededFuture();
  }

  /** Starts a fresh broker session with the user's current credentials; a paper account has none to renew. */
  default Future<Void> logInAgain() {
    return Future.succeededFuture();
  }

  /** Frees what the account holds (a broker's HTTP client) when the user's service stops. */
  default void close() {
  }
}
