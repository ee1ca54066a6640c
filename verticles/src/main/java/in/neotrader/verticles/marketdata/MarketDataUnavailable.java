package in.neotrader.verticles.marketdata;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A task cannot do its work because the market data it needs is missing or stale. The task recorder stores
 * such a run as {@code skipped} (not failed) with this message as the reason: nothing is traded on it.
 */
public final class MarketDataUnavailable extends RuntimeException {

  public MarketDataUnavailable(String message) {
    super(message);
  }

  /** E.g. "market data stale: nse-bhavcopy has candles to 2026-12-02, analysis needs 2026-12-04". */
  public static MarketDataUnavailable stale(String source, Optional<LocalDate> lastDay, String task,
      LocalDate needed) {
    String held = lastDay.map(d -> "has candles to " + d).orElse("has no candles");
    return new MarketDataUnavailable("market data stale: " + source + " " + held + ", " + task + " needs " + needed);
  }

  /** A live price that could not be had, e.g. the quote source is down. */
  public static MarketDataUnavailable noQuote(String source, String symbol, String why) {
    return new MarketDataUnavailable("market data unavailable: " + source + " gave no price for " + symbol + ": "
        + why);
  }
}
