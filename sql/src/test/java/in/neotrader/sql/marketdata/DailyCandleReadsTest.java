package in.neotrader.sql.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyCandleReadsTest extends DatabaseTest {

  private static final String INSERT = "INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, "
      + "adjust_factor, source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

  @Test
  void candlesAreAdjustedByTheirFactorOldestFirstAndLimitedToTheLastCountUpToTheDay() {
    insert("SPLITCO", LocalDate.of(2025, 12, 17), "200", "210", "190", "200", 1000, "0.5", "bhavcopy");
    insert("SPLITCO", LocalDate.of(2025, 12, 18), "202", "204", "198", "200", 3000, "0.5", "bhavcopy");
    insert("SPLITCO", LocalDate.of(2025, 12, 19), "100", "105", "99", "104", 4000, "1", "bhavcopy");
    insert("SPLITCO", LocalDate.of(2025, 12, 22), "104", "106", "103", "105", 5000, "1", "quote");
    DailyCandleReads reads = new DailyCandleReads(pool);

    List<Candle> candles = await(reads.candles("SPLITCO", LocalDate.of(2025, 12, 19), 2));

    assertThat(candles).extracting(Candle::day).containsExactly(LocalDate.of(2025, 12, 18), LocalDate.of(2025, 12, 19));
    Candle beforeSplit = candles.get(0);
    assertThat(beforeSplit.open()).isEqualByComparingTo("101");
    assertThat(beforeSplit.high()).isEqualByComparingTo("102");
    assertThat(beforeSplit.low()).isEqualByComparingTo("99");
    assertThat(beforeSplit.close()).isEqualByComparingTo("100");
    assertThat(beforeSplit.volume()).isEqualTo(6000);
    assertThat(candles.get(1).close()).isEqualByComparingTo("104");
    assertThat(await(reads.lastDay())).as("a provisional quote candle is not a published day")
        .contains(LocalDate.of(2025, 12, 19));
    assertThat(await(reads.symbolsOn(LocalDate.of(2025, 12, 22)))).containsExactly("SPLITCO");
    assertThat(await(reads.candles("UNKNOWN", LocalDate.of(2025, 12, 22), 5))).isEmpty();
  }

  @Test
  void aBacktestReadsEachSymbolsRangeAfterItsWarmUpInOneStatement() {
    LocalDate first = LocalDate.of(2025, 12, 1);
    for (int i = 0; i < 10; i++) {
      insert("AAA", first.plusDays(i), "10", "11", "9", String.valueOf(10 + i), 100, i < 3 ? "0.5" : "1", "bhavcopy");
      insert("BBB", first.plusDays(i), "20", "21", "19", "20", 100, "1", "bhavcopy");
    }
    insert("CCC", first.plusDays(9), "5", "6", "4", "5", 100, "1", "bhavcopy");
    DailyCandleReads reads = new DailyCandleReads(pool);

    var bySymbol = await(reads.between(List.of("AAA", "BBB", "CCC", "NONE"), first.plusDays(5), first.plusDays(7), 3));

    assertThat(bySymbol.keySet()).containsExactly("AAA", "BBB");
    assertThat(bySymbol.get("AAA")).extracting(Candle::day).containsExactly(first.plusDays(2), first.plusDays(3),
        first.plusDays(4), first.plusDays(5), first.plusDays(6), first.plusDays(7));
    assertThat(bySymbol.get("AAA").get(0).close()).as("adjusted like every read").isEqualByComparingTo("6");
    assertThat(bySymbol.get("BBB")).hasSize(6);
  }

  private void insert(String symbol, LocalDate day, String open, String high, String low, String close, long volume,
      String factor, String source) {
    await(pool.preparedQuery(INSERT).execute(io.vertx.sqlclient.Tuple.tuple(List.of(symbol, day,
        new BigDecimal(open), new BigDecimal(high), new BigDecimal(low), new BigDecimal(close), volume,
        new BigDecimal(factor), source))));
  }
}
