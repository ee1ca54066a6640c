package in.neotrader.core.strategy;

import java.util.Comparator;
import java.util.List;

/** From the day's signals to the buy list (TRADING_RULES §3.6), best first. */
public final class Recommendations {

  private static final Comparator<Signal> PRIORITY = Comparator
      .comparing((Signal s) -> s.finalVerdict() == Verdict.STRONG_BUY ? 0 : 1)
      .thenComparing(Signal::combinedScore, Comparator.reverseOrder())
      .thenComparing(Signal::symbol);

  private Recommendations() {}

  /** Final verdict buy or strong_buy with combined score >= min; strong buys first, then by score. */
  public static List<Signal> select(List<Signal> signals, double minCombinedScore) {
    return signals.stream().filter(s -> s.isRecommended(minCombinedScore)).sorted(PRIORITY).toList();
  }
}
