package in.neotrader.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmaTest {

  @Test
  void analysisEmaStartsWithTheMeanOfTheFirstNCloses() {
    // Period 3 (alpha 0.5) over 1..6, by hand: seed mean(1,2,3) = 2, then 3, 4, 5.
    double[] ema = Ema.smaSeeded(new double[] {1, 2, 3, 4, 5, 6}, 3);

    assertThat(ema[0]).isNaN();
    assertThat(ema[1]).isNaN();
    assertThat(ema).containsSubsequence(2.0, 3.0, 4.0, 5.0);
  }

  @Test
  void analysisEma200EqualsTheClosedFormOnALongSeries() {
    // Reference by a different route: e[t] = (1-a)^(t-n+1) sma + sum_{k=n..t} a (1-a)^(t-k) c[k].
    double[] c = RsiTest.randomWalk(800, 11);
    int n = 200;
    double a = 2.0 / (n + 1);
    double sma = 0;
    for (int i = 0; i < n; i++) {
      sma += c[i] / n;
    }
    int t = c.length - 1;
    double expected = Math.pow(1 - a, t - n + 1) * sma;
    for (int k = n; k <= t; k++) {
      expected += a * Math.pow(1 - a, t - k) * c[k];
    }
    assertThat(Ema.latestSmaSeeded(c, n).getAsDouble()).isCloseTo(expected, within(1e-8));
  }

  @Test
  void analysisEmaNeedsNCloses() {
    assertThat(Ema.latestSmaSeeded(new double[] {1, 2}, 3)).isEmpty();
  }

  @Test
  void sellTargetEmaStartsAtTheFirstClose() {
    // alpha 0.2 over 10, 20, 30 by hand: 10, 12, 15.6.
    assertThat(Ema.latestFromFirstClose(new double[] {10, 20, 30}, Ema.SELL_TARGET_ALPHA).getAsDouble())
        .isCloseTo(15.6, within(1e-12));
  }

  @Test
  void sellTargetEmaEqualsTheClosedFormOnTwoHundredCloses() {
    double[] c = RsiTest.randomWalk(200, 3);
    double a = 0.2;
    int t = c.length - 1;
    double expected = Math.pow(1 - a, t) * c[0];
    for (int k = 1; k <= t; k++) {
      expected += a * Math.pow(1 - a, t - k) * c[k];
    }
    assertThat(Ema.latestFromFirstClose(c, a).getAsDouble()).isCloseTo(expected, within(1e-9));
  }
}
