package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

  private static Signal signal(String symbol, Verdict finalVerdict, double combined) {
    return new Signal(symbol, LocalDate.parse("2025-03-03"), Verdict.WATCH, finalVerdict, -1, 50, combined, 5, 25,
        BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN, 100_000, 100_000);
  }

  @Test
  void keepsBuysAtOrAboveTheMinimumScoreStrongBuysFirst() {
    List<Signal> picked = Recommendations.select(List.of(
        signal("A", Verdict.BUY, 40),
        signal("B", Verdict.STRONG_BUY, 30),
        signal("C", Verdict.BUY, 24.9),
        signal("D", Verdict.WATCH, 90),
        signal("E", Verdict.BUY, 25),
        signal("F", Verdict.STRONG_BUY, 50)), 25);

    assertThat(picked).extracting(Signal::symbol).containsExactly("F", "B", "A", "E");
  }
}
