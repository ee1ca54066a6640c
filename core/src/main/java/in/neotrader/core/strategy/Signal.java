package in.neotrader.core.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One analysed stock on one day: the new service's row of the legacy bulk_analysis CSV. Beside the indicators
 * every dip strategy shares (buy_orders sizes from them), {@code indicators} holds the strategy's own, and
 * {@code explanation} says in words how the verdict came about.
 */
public record Signal(String symbol, LocalDate day, Verdict verdict, Verdict finalVerdict, double strengthScore,
    double backtestScore, double combinedScore, int backtestTrades, double rsi10, BigDecimal ema9,
    BigDecimal ema200, BigDecimal lastClose, double averageVolume, long lastVolume, String strategy,
    Map<String, Double> indicators, List<String> explanation) {

  public Signal {
    indicators = Map.copyOf(indicators);
    explanation = List.copyOf(explanation);
  }

  /** A signal of the {@code dip} strategy without indicators of its own or words. */
  public Signal(String symbol, LocalDate day, Verdict verdict, Verdict finalVerdict, double strengthScore,
      double backtestScore, double combinedScore, int backtestTrades, double rsi10, BigDecimal ema9,
      BigDecimal ema200, BigDecimal lastClose, double averageVolume, long lastVolume) {
    this(symbol, day, verdict, finalVerdict, strengthScore, backtestScore, combinedScore, backtestTrades, rsi10, ema9,
        ema200, lastClose, averageVolume, lastVolume, DipStrategy.NAME, Map.of(), List.of());
  }

  /** Whether the buy side may trade it (TRADING_RULES §3.6). */
  public boolean isRecommended(double minCombinedScore) {
    return finalVerdict.isBuy() && combinedScore >= minCombinedScore;
  }
}
