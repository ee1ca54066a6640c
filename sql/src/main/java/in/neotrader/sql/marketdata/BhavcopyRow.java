package in.neotrader.sql.marketdata;

import java.math.BigDecimal;

/**
 * One equity line of an NSE CM bhavcopy, as published (raw prices). {@code isin}, {@code nseToken} and
 * {@code prevClose} may be null (the old format has no token; a first listing day no previous close).
 */
public record BhavcopyRow(String symbol, String series, String isin, String nseToken, BigDecimal open,
    BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal prevClose, long volume, int lotSize) {
}
