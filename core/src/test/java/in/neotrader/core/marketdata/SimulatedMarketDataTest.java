package in.neotrader.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.sizing.TickSize;
import in.neotrader.core.strategy.Recommendations;
import in.neotrader.core.strategy.SellTarget;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.SignalAnalysis;
import in.neotrader.core.strategy.StockInputs;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedMarketDataTest {

  private static final NseCalendar CALENDAR = NseCalendar.bundled();
  private static final LocalDate MONDAY = LocalDate.parse("2025-03-03");

  private static final long USER = 42;
  private final SimulatedMarketData market = new SimulatedMarketData(USER, CALENDAR);

  static <T> T await(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  private static Instant ist(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(TradingClock.IST).toInstant();
  }

  @Test
  void offersTwentySymbolsWithMoreThanThreeHundredCandlesOfHistory() {
    List<String> universe = await(market.universe(USER)).symbols();
    assertThat(universe).hasSize(20).contains("RELIANCE", "TCS", "INFY", "JUBLFOOD", "M&M");

    List<Candle> candles = await(market.dailyCandles("RELIANCE", MONDAY, 800));
    assertThat(candles).hasSizeGreaterThan(300);
    assertThat(candles.get(candles.size() - 1).day()).isEqualTo(MONDAY);
    assertThat(candles).allSatisfy(c -> assertThat(CALENDAR.isTradingDay(c.day())).isTrue());
  }

  @Test
  void theSameSeedGivesTheSameMarketWhateverIsAskedFirst() {
    SimulatedMarketData other = new SimulatedMarketData(42, CALENDAR);
    await(other.dailyCandles("TCS", MONDAY.plusDays(30), 5));

    assertThat(await(other.dailyCandles("TCS", MONDAY, 400))).isEqualTo(await(market.dailyCandles("TCS", MONDAY, 400)));
    assertThat(await(other.lastPrice("TCS", ist(MONDAY, "11:07")))).isEqualTo(await(market.lastPrice("TCS", ist(MONDAY, "11:07"))));
    assertThat(await(new SimulatedMarketData(7, CALENDAR).dailyCandles("TCS", MONDAY, 1)))
        .isNotEqualTo(await(market.dailyCandles("TCS", MONDAY, 1)));
  }

  @Test
  void intradayPricesRunFromOpenToCloseInsideTheDaysRange() {
    Candle today = await(market.dailyCandles("INFY", MONDAY, 1)).get(0);
    Candle friday = await(market.dailyCandles("INFY", MONDAY.minusDays(3), 1)).get(0);

    assertThat(await(market.lastPrice("INFY", ist(MONDAY, "08:30")))).isEqualByComparingTo(friday.close());
    assertThat(await(market.lastPrice("INFY", ist(MONDAY, "09:15")))).isEqualByComparingTo(today.open());
    assertThat(await(market.lastPrice("INFY", ist(MONDAY, "15:45")))).isEqualByComparingTo(today.close());
    assertThat(await(market.sessionOpen("INFY", MONDAY))).isEqualByComparingTo(today.open());
    for (int minute = 0; minute < 375; minute += 7) {
      BigDecimal p = await(market.lastPrice("INFY", ist(MONDAY, "09:15").plusSeconds(60L * minute)));
      assertThat(p).isBetween(today.low().subtract(BigDecimal.ONE), today.high().add(BigDecimal.ONE));
    }
  }

  @Test
  void anUnknownSymbolOrAClosedDayFails() {
    assertThat(market.lastPrice("NOPE", Instant.now()).failed()).isTrue();
    assertThat(market.sessionOpen("TCS", LocalDate.parse("2025-03-14")).failed()).isTrue();
  }

  /** What an end-to-end run needs: buy signals during a week and sell targets reached afterwards. */
  @Test
  void aSimulatedWeekProducesBuySignalsAndLaterExits() {
    TradingConfig config = TradingConfig.defaults();
    List<Signal> recommended = new ArrayList<>();
    for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusDays(5)); day = day.plusDays(1)) {
      for (String symbol : await(market.universe(USER)).symbols()) {
        List<Candle> candles = await(market.dailyCandles(symbol, day, 800));
        SignalAnalysis.analyse(StockInputs.fromCandles(symbol, day, candles), config).ifPresent(s -> {
          if (s.isRecommended(config.minCombinedScore())) {
            recommended.add(s);
          }
        });
      }
    }
    assertThat(recommended).as("buy recommendations in the week").hasSizeGreaterThanOrEqualTo(2);
    assertThat(Recommendations.select(recommended, config.minCombinedScore())).isNotEmpty();

    int exits = 0;
    for (Signal s : recommended) {
      LocalDate entryDay = CALENDAR.nextTradingDay(s.day());
      BigDecimal entry = await(market.sessionOpen(s.symbol(), entryDay));
      if (reachesSellTarget(s.symbol(), entryDay, entry)) {
        exits++;
      }
    }
    assertThat(exits).as("positions that reach their EMA9 target within ten sessions").isPositive();
  }

  private boolean reachesSellTarget(String symbol, LocalDate entryDay, BigDecimal entry) {
    LocalDate day = entryDay;
    for (int i = 0; i < 10; i++) {
      day = CALENDAR.nextTradingDay(day);
      double[] previous = Candle.closes(await(market.dailyCandles(symbol, CALENDAR.previousTradingDay(day), 200)));
      BigDecimal ltp = await(market.lastPrice(symbol, ist(day, "09:15")));
      if (SellTarget.compute(ltp, previous, entry, 0.95, TickSize.nse()) instanceof SellTarget.Decision.Place p) {
        Candle c = await(market.dailyCandles(symbol, day, 1)).get(0);
        if (c.high().compareTo(p.price()) >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
