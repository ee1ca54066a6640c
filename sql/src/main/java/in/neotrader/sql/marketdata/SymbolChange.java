package in.neotrader.sql.marketdata;

import java.time.LocalDate;

/** NSE renamed a symbol (same ISIN, new ticker) effective {@code effective}. */
public record SymbolChange(String oldSymbol, String newSymbol, String isin, LocalDate effective) {
}
