package in.neotrader.core.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperChargesTest {

  @ParameterizedTest(name = "value {0}: buy {1}, sell {2}")
  @CsvSource({
      // 0.03 + 0.0054 GST + 0.00325 + 0.0001 + 0.003 stamp = 0.04175 % on buys;
      // 0.03 + 0.0054 + 0.00325 + 0.0001 + 0.1 STT = 0.13875 % on sells.
      "100000,   41.7500, 138.7500",
      "12345.67, 5.1543,  17.1296",
      "1,        0.0004,  0.0014",
  })
  void areTheLegacyPercentagesRoundedToFourDecimals(BigDecimal value, BigDecimal buy, BigDecimal sell) {
    assertThat(PaperCharges.buy(value)).isEqualByComparingTo(buy);
    assertThat(PaperCharges.sell(value)).isEqualByComparingTo(sell);
  }
}
