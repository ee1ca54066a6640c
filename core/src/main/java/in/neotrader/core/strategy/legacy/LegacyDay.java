package in.neotrader.core.strategy.legacy;

import in.neotrader.core.strategy.Verdict;
import java.util.List;

/**
 * The legacy analysis of one day before the backtest (TRADING_RULES §3.3 as corrected by §3.7): the facts the
 * verdict is decided from, the verdict, and the words saying why.
 */
record LegacyDay(Facts facts, LegacyChartQuality chart, Verdict verdict, List<String> reasons) {

  /** What the verdict rules read of one day; RSI is NaN while undefined. */
  record Facts(double rsi, boolean aboveEma200, long volume, double averageVolume, List<String> patterns,
      double chartScore, DipQuality dip, int candlePenalty) {

    Facts {
      patterns = List.copyOf(patterns);
    }

    boolean strongVolume() {
      return volume >= 1.2 * averageVolume;
    }
  }

  /** The uptrend-dip confirmation of the strength score (+8 / +5 / +3). */
  enum DipQuality {
    EXCELLENT(8), GOOD(5), FAIR(3), NONE(0);

    final int points;

    DipQuality(int points) {
      this.points = points;
    }
  }
}
