package in.neotrader.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RsiTest {

  @Test
  void matchesAHandWorkedExampleWithoutAnSmaSeed() {
    // Period 2, closes 10, 11, 10.5, 11.5, 12: differences +1, -0.5, +1, +0.5.
    // Worked by hand with s = x at the first difference, then s += (x - s) / 2:
    //   up   1, 0.5, 0.75, 0.625     down 0, 0.25, 0.125, 0.0625
    //   RSI at closes 3..5 = 0.5/0.75, 0.75/0.875, 0.625/0.6875 = 66.667, 85.714, 90.909
    double[] rsi = Rsi.series(new double[] {10, 11, 10.5, 11.5, 12}, 2);

    assertThat(rsi[0]).isNaN();
    assertThat(rsi[1]).isNaN();
    assertThat(rsi[2]).isCloseTo(100.0 * 0.5 / 0.75, within(1e-12));
    assertThat(rsi[3]).isCloseTo(100.0 * 0.75 / 0.875, within(1e-12));
    assertThat(rsi[4]).isCloseTo(100.0 * 0.625 / 0.6875, within(1e-12));
  }

  @Test
  void equalsTheClosedFormWeightedSumOnALongSeries() {
    // Reference by a different route: unrolling the recursion gives
    // s[t] = (1-a)^(t-1) x[1] + sum_{k=2..t} a (1-a)^(t-k) x[k], a = 1/n (pandas ewm(alpha=1/n, adjust=False)).
    double[] closes = randomWalk(300, 7);
    int n = 10;
    double a = 1.0 / n;
    int t = closes.length - 1;
    double up = 0;
    double down = 0;
    for (int k = 1; k <= t; k++) {
      double d = closes[k] - closes[k - 1];
      double w = k == 1 ? Math.pow(1 - a, t - 1) : a * Math.pow(1 - a, t - k);
      up += w * Math.max(d, 0);
      down += w * Math.max(-d, 0);
    }
    assertThat(Rsi.latest(closes, n).getAsDouble()).isCloseTo(100 * up / (up + down), within(1e-9));
  }

  @Test
  void differsFromTheTextbookSmaSeedInTheWarmUp() {
    double[] closes = {100, 98, 99, 95, 96, 94, 97, 93, 92, 95, 91, 90};
    int n = 10;
    // Wilder: seed with the mean of the first n gains and losses.
    double up = 0;
    double down = 0;
    for (int k = 1; k <= n; k++) {
      double d = closes[k] - closes[k - 1];
      up += Math.max(d, 0) / n;
      down += Math.max(-d, 0) / n;
    }
    double d = closes[11] - closes[10];
    up += (Math.max(d, 0) - up) / n;
    down += (Math.max(-d, 0) - down) / n;
    double wilder = 100 * up / (up + down);

    assertThat(Rsi.latest(closes, n).getAsDouble()).isNotCloseTo(wilder, within(0.5));
  }

  @Test
  void needsPeriodPlusOneCloses() {
    assertThat(Rsi.latest(new double[] {1, 2, 3}, 3)).isEmpty();
    assertThat(Rsi.latest(new double[] {1, 2, 3, 2}, 3)).isPresent();
  }

  @Test
  void onlyRisingPricesGiveOneHundred() {
    assertThat(Rsi.latest(new double[] {1, 2, 3, 4, 5}, 3).getAsDouble()).isEqualTo(100.0);
  }

  static double[] randomWalk(int size, long seed) {
    Random r = new Random(seed);
    double[] out = new double[size];
    out[0] = 100;
    for (int i = 1; i < size; i++) {
      out[i] = out[i - 1] * (1 + r.nextGaussian() * 0.02);
    }
    return out;
  }
}
