package in.neotrader.sql.marketdata;

import java.math.BigDecimal;

/** One {@code nse_cm} line of the Kotak scrip master; {@code tickSize} already in rupees. */
public record ScripMasterRow(String token, String tradingSymbol, String symbol, String series, BigDecimal tickSize,
    int lotSize, String isin, String name) {
}
