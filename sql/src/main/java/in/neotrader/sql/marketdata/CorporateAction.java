package in.neotrader.sql.marketdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A split or bonus: every candle of {@code symbol} before {@code exDate} is scaled by {@code factor}. */
public record CorporateAction(String symbol, LocalDate exDate, BigDecimal factor, String source) {

  /** {@code bhavcopy-prev-close}: found from the bhavcopy's previous close on the ex-date. */
  public static final String FROM_PREVIOUS_CLOSE = "bhavcopy-prev-close";
  /** {@code yahoo-split}: from the chart API's {@code events.splits}. */
  public static final String FROM_YAHOO_SPLIT = "yahoo-split";
}
