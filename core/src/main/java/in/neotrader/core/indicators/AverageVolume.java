package in.neotrader.core.indicators;

import java.util.OptionalDouble;

/** Plain mean of the last {@code lookback} daily volumes (legacy: 50). */
public final class AverageVolume {

  public static final int LEGACY_LOOKBACK = 50;

  private AverageVolume() {}

  /** Mean of the last {@code lookback} volumes, or of all when fewer; empty with none. */
  public static OptionalDouble of(long[] volumes, int lookback) {
    if (volumes.length == 0) {
      return OptionalDouble.empty();
    }
    int from = Math.max(0, volumes.length - lookback);
    double sum = 0;
    for (int i = from; i < volumes.length; i++) {
      sum += volumes[i];
    }
    return OptionalDouble.of(sum / (volumes.length - from));
  }
}
