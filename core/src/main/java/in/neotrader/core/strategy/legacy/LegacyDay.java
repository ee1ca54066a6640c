package in.neotrader.core.strategy.legacy;

import in.neotrader.core.strategy.Verdict;
import java.util.List;

/**
 * The legacy analysis of one day before the backtest (TRADING_RULES §3.3 as corrected by §3.7): the verdict, the
 * pattern signals behind it and the parts of the strength score.
 */
record LegacyDay(int index, Verdict verdict, List<String> patterns, DipQuality dip, boolean strongVolume,
    int candlePenalty, LegacyChartQuality chart, List<String> reasons) {

  /** The uptrend-dip confirmation of the strength score (+8 / +5 / +3). */
  enum DipQuality {
    EXCELLENT(8), GOOD(5), FAIR(3), NONE(0);

    final int points;

    DipQuality(int points) {
      this.points = points;
    }
  }
}
