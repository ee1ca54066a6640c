package in.neotrader.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickSizeTest {

  private final TickSize nse = TickSize.nse();

  @ParameterizedTest(name = "price {0}: tick {1}, nearest {2}, up {3}")
  @CsvSource({
      "99.994,   0.01, 99.99,   100.00",
      "249.99,   0.01, 249.99,  249.99",
      "250.00,   0.05, 250.00,  250.00",
      "512.32,   0.05, 512.30,  512.35",
      "999.97,   0.05, 999.95,  1000.00",
      "1000.00,  0.10, 1000.00, 1000.00",
      "1234.56,  0.10, 1234.60, 1234.60",
      "4999.93,  0.10, 4999.90, 5000.00",
      "5000.20,  0.50, 5000.00, 5000.50",
      "7321.25,  0.50, 7321.50, 7321.50",
      "12345.40, 1.00, 12345.00, 12346.00",
      "20000.00, 1.00, 20000.00, 20000.00",
      "20001.00, 5.00, 20000.00, 20005.00",
  })
  void followsTheNseBandTable(BigDecimal price, BigDecimal tick, BigDecimal nearest, BigDecimal up) {
    assertThat(nse.tickFor(price)).isEqualByComparingTo(tick);
    assertThat(nse.round(price)).isEqualByComparingTo(nearest);
    assertThat(nse.roundUp(price)).isEqualByComparingTo(up);
    assertThat(nse.isOnGrid(nse.roundUp(price))).isTrue();
  }

  @ParameterizedTest(name = "legacy {0} -> {1}")
  @CsvSource({
      "100.01,  100.05",
      "100.05,  100.05",
      "999.96,  1000.00",
      "1000.01, 1000.10",
      "5000.33, 5000.40",
  })
  void legacyRoundingUsesFiveAndTenPaiseAlwaysUp(BigDecimal price, BigDecimal expected) {
    assertThat(TickSize.legacyRoundUp(price)).isEqualByComparingTo(expected);
  }

  @Test
  void legacyRoundingAboveFiveThousandCanBeOffTheNseGrid() {
    assertThat(nse.isOnGrid(TickSize.legacyRoundUp(new BigDecimal("5000.33")))).isFalse();
  }

  @Test
  void aScripMasterTickOverridesTheTable() {
    TickSize fixed = TickSize.fixed(new BigDecimal("0.05"));
    assertThat(fixed.roundUp(new BigDecimal("100.01"))).isEqualByComparingTo("100.05");
    assertThat(fixed.roundDown(new BigDecimal("100.04"))).isEqualByComparingTo("100.00");
  }
}
