package in.neotrader.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.sizing.TickSize;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SellTargetTest {

  @Test
  void blendsLtpWithEma9AndRoundsUpToTheTick() {
    // EMA9 (alpha 0.2 from the first close) of 500, 510, 520: 500, 502, 505.6.
    // Target = 0.2 x 530 + 0.8 x 505.6 = 106 + 404.48 = 510.48 -> up to the 0.05 tick: 510.50.
    SellTarget.Decision d = SellTarget.compute(new BigDecimal("530"), new double[] {500, 510, 520},
        new BigDecimal("480"), 0.95, TickSize.nse());

    assertThat(d).isInstanceOfSatisfying(SellTarget.Decision.Place.class, p -> {
      assertThat(p.unrounded()).isEqualByComparingTo("510.48");
      assertThat(p.price()).isEqualByComparingTo("510.50");
    });
  }

  @Test
  void skipsATargetBelowNinetyFivePercentOfEntry() {
    // Target 510.48 < 0.95 x 540 = 513.
    SellTarget.Decision d = SellTarget.compute(new BigDecimal("530"), new double[] {500, 510, 520},
        new BigDecimal("540"), 0.95, TickSize.nse());

    assertThat(d).isInstanceOfSatisfying(SellTarget.Decision.Skip.class,
        s -> assertThat(s.reason()).contains("below 0.95 x entry 540"));
  }

  @Test
  void usesOnlyTheLastTwoHundredCloses() {
    double[] closes = new double[201];
    closes[0] = 1_000_000;
    java.util.Arrays.fill(closes, 1, 201, 100);
    SellTarget.Decision d = SellTarget.compute(new BigDecimal("100"), closes, new BigDecimal("100"), 0.95,
        TickSize.nse());
    assertThat(d).isInstanceOfSatisfying(SellTarget.Decision.Place.class,
        p -> assertThat(p.price()).isEqualByComparingTo("100.00"));
  }

  @Test
  void withoutAPriceThereIsNoTarget() {
    assertThat(SellTarget.compute(null, new double[] {1}, BigDecimal.ONE, 0.95, TickSize.nse()))
        .isInstanceOf(SellTarget.Decision.Skip.class);
  }
}
