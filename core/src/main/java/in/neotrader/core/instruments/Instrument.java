package in.neotrader.core.instruments;

import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One NSE cash instrument as the instrument store holds it (bhavcopy and Kotak scrip master).
 *
 * @param symbol the NSE base symbol (RELIANCE, M&M, BAJAJ-AUTO)
 * @param series EQ, BE, BZ, BL, SM, ...
 * @param kotakToken the scrip master's {@code pSymbol}, which Kotak quotes are keyed by, when known
 * @param kotakTradingSymbol the scrip master's {@code pTrdSymbol} (e.g. RELIANCE-EQ), when known
 * @param tickSize the instrument's own tick in rupees
 */
public record Instrument(String symbol, String series, Optional<String> isin, Optional<String> kotakToken,
    Optional<String> kotakTradingSymbol, BigDecimal tickSize, int lotSize) {

  /** Trade-for-trade series settle every trade by delivery and take LIMIT orders only (TRADING_RULES §5). */
  public boolean isTradeForTrade() {
    return "BE".equals(series) || "BL".equals(series) || "BZ".equals(series);
  }

  /** The broker's trading symbol: the scrip master's when known, else {@code <SYMBOL>-<SERIES>}. */
  public String tradingSymbol() {
    return kotakTradingSymbol.orElse(symbol + "-" + series);
  }

  public TickSize tick() {
    return TickSize.fixed(tickSize);
  }
}
