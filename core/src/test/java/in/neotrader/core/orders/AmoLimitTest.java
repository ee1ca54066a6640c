package in.neotrader.core.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmoLimitTest {

  private static final TickSize NICKEL = TickSize.fixed(new BigDecimal("0.05"));

  @Test
  void theLimitIsTheCappedCloseDownToTheTickSoTheCapIsNeverExceeded() {
    // 523.40 x 1.02 = 533.868: 533.85 on the 0.05 grid, not the nearer 533.90 above the cap.
    assertThat(AmoLimit.DEFAULT.price(new BigDecimal("523.40"), NICKEL)).isEqualByComparingTo("533.85");
    assertThat(new AmoLimit(new BigDecimal("1")).price(new BigDecimal("2000"), TickSize.fixed(new BigDecimal("0.10"))))
        .isEqualByComparingTo("2020.00");
    assertThat(new AmoLimit(BigDecimal.ZERO).price(new BigDecimal("100.03"), NICKEL)).isEqualByComparingTo("100.00");
  }

  @Test
  void aPennyStockStillGetsOneTick() {
    assertThat(AmoLimit.DEFAULT.price(new BigDecimal("0.03"), NICKEL)).isEqualByComparingTo("0.05");
  }

  @Test
  void capitalWithinAValueLeavesRoomForTheCap() {
    assertThat(AmoLimit.DEFAULT.capitalWithin(new BigDecimal("102000"))).isEqualByComparingTo("100000");
  }

  @Test
  void aNegativeCapIsRefused() {
    assertThatThrownBy(() -> new AmoLimit(new BigDecimal("-1"))).hasMessageContaining("cap");
  }
}
