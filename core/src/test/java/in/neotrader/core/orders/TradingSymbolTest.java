package in.neotrader.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TradingSymbolTest {

  @Test
  void baseSymbolsAreCapitalsDigitsAmpersandsAndDashesUpToTwentyCharacters() {
    assertThat(TradingSymbol.isWellFormedBase("M&M")).isTrue();
    assertThat(TradingSymbol.isWellFormedBase("BAJAJ-AUTO")).isTrue();
    assertThat(TradingSymbol.isWellFormedBase("3MINDIA")).isTrue();
    assertThat(TradingSymbol.isWellFormedBase("sbin")).as("lower case").isFalse();
    assertThat(TradingSymbol.isWellFormedBase("SBIN.NS")).isFalse();
    assertThat(TradingSymbol.isWellFormedBase("")).isFalse();
    assertThat(TradingSymbol.isWellFormedBase(null)).isFalse();
    assertThat(TradingSymbol.isWellFormedBase("A".repeat(21))).isFalse();
  }
}
