package in.neotrader.core.marketdata;

import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Prices the strategy and the paper broker need. Symbols are base symbols (RELIANCE, not RELIANCE-EQ). */
public interface MarketData {

  /** Up to {@code count} daily candles ending at {@code to} (inclusive), oldest first. */
  Future<List<Candle>> dailyCandles(String symbol, LocalDate to, int count);

  /** The last traded price at {@code at}: the previous close before the open, the close after it. */
  Future<BigDecimal> lastPrice(String symbol, Instant at);

  /** The opening price of the session of {@code day}; fails when {@code day} is not a trading day. */
  Future<BigDecimal> sessionOpen(String symbol, LocalDate day);

  /** The symbols the analysis of {@code userId} screens. */
  Future<Universe> universe(long userId);
}
