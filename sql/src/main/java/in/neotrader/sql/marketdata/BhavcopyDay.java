package in.neotrader.sql.marketdata;

import java.time.LocalDate;
import java.util.List;

/**
 * One trading day's bhavcopy: every equity line (all series, for the instrument list) and the candles, one per
 * symbol from its main series.
 */
public record BhavcopyDay(LocalDate day, String fileName, String sha256, List<BhavcopyRow> instruments,
    List<BhavcopyRow> candles) {
}
