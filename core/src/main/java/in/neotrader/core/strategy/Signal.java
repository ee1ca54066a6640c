package in.neotrader.core.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One analysed stock on one day: the new service's row of the legacy bulk_analysis CSV. */
public record Signal(String symbol, LocalDate day, Verdict verdict, Verdict finalVerdict, double strengthScore,
    double backtestScore, double combinedScore, int backtestTrades, double rsi10, BigDecimal ema9,
    BigDecimal ema200, BigDecimal lastClose, double averageVolume, long lastVolume) {

  /** Whether the buy side may trade it (TRADING_RULES §3.6). */
  public boolean isRecommended(double minCombinedScore) {
    return finalVerdict.isBuy() && combinedScore >= minCombinedScore;
  }
}
