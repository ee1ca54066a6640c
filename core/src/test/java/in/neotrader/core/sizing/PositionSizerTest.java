package in.neotrader.core.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionSizerTest {

  private final PositionSizer sizer = new PositionSizer(TradingConfig.defaults());
  private static final BigDecimal RICH = new BigDecimal("10000000");

  @Test
  void capitalIsUserCapitalWhenTheStockIsLiquid() {
    // min(200 000, 1 000 000 x 0.10 x 500 = 50 000 000) = 200 000 -> floor(200 000 / 500) = 400.
    assertThat(sizer.size(new BigDecimal("500"), 1_000_000, RICH, 0))
        .isInstanceOfSatisfying(SizingResult.Sized.class, s -> {
          assertThat(s.quantity()).isEqualTo(400);
          assertThat(s.executionCapital()).isEqualByComparingTo("200000");
        });
  }

  @Test
  void capitalShrinksToTenPercentOfAverageVolumeValue() {
    // 20 000 x 0.10 x 50 = 100 000 < 200 000 -> 2 000 shares; 2 000 / 20 000 = 10 % <= 20 % ceiling.
    SizingResult r = sizer.size(new BigDecimal("50"), 20_000, RICH, 0);
    assertThat(r).isInstanceOfSatisfying(SizingResult.Sized.class, s -> {
      assertThat(s.quantity()).isEqualTo(2000);
      assertThat(s.executionCapital()).isEqualByComparingTo("100000");
    });
  }

  @Test
  void thinStocksFallBackToOneLakhAndThenFailTheVolumeCeiling() {
    // Under 10 000 shares a day: 100 000 / 100 = 1 000 shares = 25 % of 4 000 > 20 %.
    SizingResult r = sizer.size(new BigDecimal("100"), 4_000, RICH, 0);
    assertThat(sizer.executionCapital(new BigDecimal("100"), 4_000)).isEqualByComparingTo("100000");
    assertThat(r).isInstanceOfSatisfying(SizingResult.Rejected.class,
        x -> assertThat(x.reason()).isEqualTo(SizingResult.Reason.VOLUME_CEILING));
  }

  @ParameterizedTest(name = "close {0}: ceiling {1}")
  @CsvSource({"6000, 0.02", "5000, 0.02", "4999, 0.05", "1000, 0.05", "999, 0.10", "500, 0.10", "499, 0.20"})
  void volumeCeilingFollowsThePriceBands(BigDecimal close, double ceiling) {
    assertThat(PositionSizer.volumeCeiling(close)).isEqualTo(ceiling);
  }

  @Test
  void aQuantityOverTheCeilingIsRejected() {
    // Fallback 100 000 / 6 000 = 16 shares = 3.2 % of 500 > 2 % at this price; 16 / 1 000 = 1.6 % passes.
    assertThat(sizer.size(new BigDecimal("6000"), 500, RICH, 0)).isInstanceOfSatisfying(SizingResult.Rejected.class,
        x -> assertThat(x.message()).contains("16 shares exceed 2%"));
    assertThat(sizer.size(new BigDecimal("6000"), 1_000, RICH, 0)).isInstanceOf(SizingResult.Sized.class);
  }

  @Test
  void notEnoughCashIsASeparateReasonSoTheCallerCanQueueARetry() {
    SizingResult r = sizer.size(new BigDecimal("500"), 1_000_000, new BigDecimal("1000"), 0);
    assertThat(r).isInstanceOfSatisfying(SizingResult.Rejected.class, x -> {
      assertThat(x.reason()).isEqualTo(SizingResult.Reason.INSUFFICIENT_CASH);
      assertThat(x.message()).contains("buys 2 of 400");
    });
  }

  @Test
  void aFullPortfolioStopsSizing() {
    SizingResult r = sizer.size(new BigDecimal("500"), 1_000_000, RICH, 6);
    assertThat(r).isInstanceOfSatisfying(SizingResult.Rejected.class,
        x -> assertThat(x.reason()).isEqualTo(SizingResult.Reason.PORTFOLIO_FULL));
  }

  @Test
  void anExpensiveStockStillBuysAtLeastOneShare() {
    // 200 000 / 250 000 rounds down to 0; the minimum quantity is 1.
    assertThat(sizer.size(new BigDecimal("250000"), 10_000_000, RICH, 0))
        .isInstanceOfSatisfying(SizingResult.Sized.class, s -> assertThat(s.quantity()).isEqualTo(1));
  }
}
