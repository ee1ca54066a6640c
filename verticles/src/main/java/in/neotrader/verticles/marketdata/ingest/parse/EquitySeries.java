package in.neotrader.verticles.marketdata.ingest.parse;

import in.neotrader.sql.marketdata.BhavcopyRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which NSE series are equities, and which one gives a symbol's daily candle. Candle priority: EQ (rolling
 * settlement), BE (trade-for-trade), BZ (trade-for-trade, non-compliant), SM and ST (SME platform). BL is
 * the block-deal window (a few negotiated trades, not the market price) and never gives a candle; bonds, ETFs
 * quoted in other series (GS, N1, IL, ...) are not equities. The instrument list keeps BL (orders may go to it).
 */
public final class EquitySeries {
  private static final List<String> CANDLE_PRIORITY = List.of("EQ", "BE", "BZ", "SM", "ST");
  private static final Set<String> LISTED = Set.of("EQ", "BE", "BZ", "BL", "SM", "ST");

  private EquitySeries() {
  }

  /** Series kept in the instrument list. */
  public static boolean isEquity(String series) {
    return LISTED.contains(series);
  }

  /** One row per symbol: its traded line of the highest-priority candle series; untraded lines are skipped. */
  public static List<BhavcopyRow> candles(List<BhavcopyRow> rows) {
    Map<String, BhavcopyRow> best = new LinkedHashMap<>();
    for (BhavcopyRow row : rows) {
      int rank = CANDLE_PRIORITY.indexOf(row.series());
      if (rank < 0 || row.close().signum() <= 0 || row.open().signum() <= 0 || row.low().signum() <= 0
          || row.low().compareTo(row.high()) > 0) {
        continue;
      }
      BhavcopyRow held = best.get(row.symbol());
      if (held == null || rank < CANDLE_PRIORITY.indexOf(held.series())) {
        best.put(row.symbol(), row);
      }
    }
    return List.copyOf(best.values());
  }
}
