package in.neotrader.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AverageVolumeTest {

  @Test
  void isThePlainMeanOfTheLastFiftyVolumes() {
    // Volumes 1..60: the last fifty are 11..60, whose mean is (11 + 60) / 2 = 35.5.
    long[] volumes = LongStream.rangeClosed(1, 60).toArray();
    assertThat(AverageVolume.of(volumes, 50).getAsDouble()).isEqualTo(35.5);
  }

  @Test
  void usesWhatThereIsWhenHistoryIsShort() {
    assertThat(AverageVolume.of(new long[] {100, 300}, 50).getAsDouble()).isEqualTo(200.0);
    assertThat(AverageVolume.of(new long[0], 50)).isEmpty();
  }
}
