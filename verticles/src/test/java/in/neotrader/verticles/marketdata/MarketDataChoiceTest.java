package in.neotrader.verticles.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarketDataChoiceTest {

  @Test
  void onTheRealClockEveryUserBatchesStoredPrices() {
    assertThat(MarketDataChoice.forUser(false, "paper")).isEqualTo(MarketDataChoice.STORED);
    assertThat(MarketDataChoice.forUser(false, "broker")).isEqualTo(MarketDataChoice.STORED);
  }

  @Test
  void simulatedPricesOnlyForPaperUsersOnASimulatedClockAndNeverForTheBroker() {
    assertThat(MarketDataChoice.forUser(true, "paper"))
        .isEqualTo(MarketDataChoice.SIMULATED);
    assertThat(MarketDataChoice.forUser(true, "broker")).isEqualTo(MarketDataChoice.STORED);
  }

  @Test
  void aBrokerAccountGetsTheStoredPricesEvenOnASimulatedClock() {
    in.neotrader.core.marketdata.MarketData stored = new in.neotrader.core.marketdata.SimulatedMarketData(0,
        in.neotrader.core.calendar.NseCalendar.bundled());
    assertThat(MarketDataChoice.marketData(id -> true, "broker", id -> null, stored).apply(7)).isSameAs(stored);
    assertThat(MarketDataChoice.marketData(id -> false, "paper", id -> null, stored).apply(7)).isSameAs(stored);
    assertThat(MarketDataChoice.marketData(id -> id == 7, "paper", id -> null, stored).apply(7)).isNull();
  }
}
