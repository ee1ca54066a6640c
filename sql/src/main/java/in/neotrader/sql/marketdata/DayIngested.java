package in.neotrader.sql.marketdata;

import java.time.LocalDate;
import java.util.List;

/** What one day's write changed: candles written, splits/bonuses found, symbols renamed. */
public record DayIngested(LocalDate day, int candles, List<CorporateAction> actions, List<SymbolChange> renames) {
}
