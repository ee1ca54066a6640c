package in.neotrader.verticles.marketdata.quotes;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One symbol's quote: the last traded price at {@code tradedAt} (the exchange's time of that price) and the
 * session so far as a candle (open, high, low, last price, volume), which after the close is the day's candle.
 */
public record Quote(String symbol, BigDecimal lastPrice, Instant tradedAt, Candle session) {

  public LocalDate day() {
    return tradedAt.atZone(TradingClock.IST).toLocalDate();
  }
}
