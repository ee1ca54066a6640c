package in.neotrader.sql.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import in.neotrader.sql.testing.StoredMarketDataTables;
import in.neotrader.sql.testing.TestDatabase;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The COPY write of backfill batches whose days hold no candle yet: the same rows as the upsert, a batch with a
 * held day left to the upsert, and a failure in mid-batch leaving nothing of it.
 */
class BackfillCopyTest extends DatabaseTest {
  private static final LocalDate MON = LocalDate.of(2025, 3, 3);

  @Test
  void freshDaysCopiedEqualTheUpsertRowForRowWithASplitARenameAndABonus() {
    List<BhavcopyDay> first = List.of(
        // A backslash and a tab, escaped in COPY's text format.
        day(MON, row("SPLITCO", "INE000S01010", "200", "198"), row("OLDNAME", "INE000R01010", "300", "299"),
            row("STEADY", "INE000T01010", "50", "50"),
            row("ODD\\NA\tME", "INE000O01010", "7.0005", "7.0005")),
        day(MON.plusDays(1), row("SPLITCO", "INE000S01010", "202", "200"),
            row("OLDNAME", "INE000R01010", "301", "300"), row("STEADY", "INE000T01010", "50.5", "50")),
        // A 1:2 split (previous close published as 101 against a stored 202); OLDNAME trades as NEWNAME.
        day(MON.plusDays(2), row("SPLITCO", "INE000S01010", "103", "101"),
            row("NEWNAME", "INE000R01010", "302", "301"), row("STEADY", "INE000T01010", "51", "50.5")));
    List<BhavcopyDay> second = List.of(
        day(MON.plusDays(3), row("SPLITCO", "INE000S01010", "104", "103"),
            row("NEWNAME", "INE000R01010", "303", "302"), row("STEADY", "INE000T01010", "51.2", "51"),
            row("NEWLIST", "INE000L01010", "10", null)),
        // A 1:1 bonus of STEADY.
        day(MON.plusDays(4), row("SPLITCO", "INE000S01010", "105", "104"),
            row("NEWNAME", "INE000R01010", "304", "303"), row("STEADY", "INE000T01010", "25.7", "25.6"),
            row("NEWLIST", "INE000L01010", "10.5", "10")));
    // Databases of their own: the class's holds the other tests' days.
    Pool upsertPool = TestDatabase.create().pool(vertx);
    TestDatabase copied = TestDatabase.create();
    Pool copyPool = copied.pool(vertx);
    MarketDataWriter upsert = new MarketDataWriter(upsertPool);
    BackfillCopy copy = new BackfillCopy(vertx, copied.jdbc());

    for (List<BhavcopyDay> batch : List.of(first, second)) {
      List<DayIngested> viaUpsert = await(upsert.writeBhavcopies(batch));
      Optional<List<DayIngested>> viaCopy = await(copy.writeIfFresh(batch));
      assertThat(viaCopy).as("fresh days are COPYed").isPresent();
      assertThat(viaCopy.get()).isEqualTo(viaUpsert);
    }
    assertThat(StoredMarketDataTables.of(copyPool)).isEqualTo(StoredMarketDataTables.of(upsertPool));
    // Not vacuous: the split and the bonus scaled the days before them, the rename moved OLDNAME's history.
    assertThat(count(copyPool, "SELECT count(*) FROM daily_candles WHERE symbol = 'SPLITCO' AND adjust_factor = 0.5"))
        .isEqualTo(2);
    assertThat(count(copyPool, "SELECT count(*) FROM daily_candles WHERE symbol = 'STEADY' AND adjust_factor = 0.5"))
        .isEqualTo(4);
    assertThat(count(copyPool, "SELECT count(*) FROM daily_candles WHERE symbol = 'NEWNAME'")).isEqualTo(5);
    assertThat(count(copyPool, "SELECT count(*) FROM corporate_actions")).isEqualTo(2);
    assertThat(count(copyPool, "SELECT count(*) FROM daily_candles WHERE symbol = E'ODD\\\\NA\\tME' AND low = 6.0005"))
        .as("escaped, and a fraction with leading zeros").isEqualTo(1);
    await(upsertPool.close());
    await(copyPool.close());
  }

  @Test
  void aBatchWithAHeldDayIsLeftToTheUpsertWhichReplacesItsRowsWithoutDuplicates() {
    LocalDate held = MON.plusDays(7);
    LocalDate fresh = held.plusDays(1);
    BackfillCopy copy = new BackfillCopy(vertx, db.jdbc());
    assertThat(await(copy.writeIfFresh(List.of(day(held, row("HELDA", "INE000H01010", "20", "20"),
        row("HELDB", "INE000H02010", "30", "30")))))).isPresent();
    // Today's provisional quote candle of another symbol also makes a day held.
    db.execute("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) "
        + "VALUES ('QUOTED', '" + fresh.plusDays(1) + "', 5, 5, 5, 5, 1, 'quote')");

    List<BhavcopyDay> again = List.of(day(held, row("HELDA", "INE000H01010", "21", "20"),
        row("HELDB", "INE000H02010", "30", "30")), day(fresh, row("HELDA", "INE000H01010", "22", "21"),
        row("HELDB", "INE000H02010", "31", "30")));
    assertThat(await(copy.writeIfFresh(again))).as("a held day: nothing COPYed").isEmpty();
    assertThat(count("SELECT count(*) FROM daily_candles WHERE day = '" + fresh + "'")).isZero();

    MarketDataWriter writer = new MarketDataWriter(pool, Optional.of(copy));
    await(writer.writeBhavcopies(again));
    assertThat(count("SELECT count(*) FROM daily_candles WHERE symbol LIKE 'HELD%'")).isEqualTo(4);
    assertThat(count("SELECT count(*) FROM daily_candles WHERE symbol = 'HELDA' AND day = '" + held
        + "' AND close = 21")).as("the corrected close replaced the stored one").isEqualTo(1);

    await(writer.writeBhavcopies(List.of(day(fresh.plusDays(1), row("QUOTED", "INE000Q01010", "6", "5")))));
    assertThat(count("SELECT count(*) FROM daily_candles WHERE symbol = 'QUOTED' AND source = 'bhavcopy' AND close = 6"))
        .as("the bhavcopy replaced the quote candle").isEqualTo(1);
    assertThat(count("SELECT count(*) FROM daily_candles WHERE symbol = 'QUOTED'")).isEqualTo(1);
  }

  @Test
  void aBadRowInMidBatchLeavesNothingOfTheBatch() {
    LocalDate d1 = MON.plusDays(14);
    BhavcopyRow lowAboveHigh = new BhavcopyRow("BADCO", "EQ", "INE000X01010", "7", new BigDecimal("10"),
        new BigDecimal("9"), new BigDecimal("11"), new BigDecimal("10"), new BigDecimal("10"), 100, 1);
    List<BhavcopyDay> batch = List.of(day(d1, row("GOODCO", "INE000G01010", "10", "10")),
        day(d1.plusDays(1), row("GOODCO", "INE000G01010", "11", "10"), lowAboveHigh),
        day(d1.plusDays(2), row("GOODCO", "INE000G01010", "12", "11")));
    long sourcesBefore = count("SELECT count(*) FROM market_data_sources");

    Throwable failure = failure(new MarketDataWriter(pool, Optional.of(new BackfillCopy(vertx, db.jdbc())))
        .writeBhavcopies(batch));
    assertThat(failure).hasMessageContaining("daily_candles");
    assertThat(count("SELECT count(*) FROM daily_candles WHERE day BETWEEN '" + d1 + "' AND '" + d1.plusDays(2) + "'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM instruments WHERE symbol IN ('GOODCO', 'BADCO')")).isZero();
    assertThat(count("SELECT count(*) FROM market_data_ingests WHERE day >= '" + d1 + "'")).isZero();
    assertThat(count("SELECT count(*) FROM market_data_sources")).isEqualTo(sourcesBefore);
  }

  private static BhavcopyDay day(LocalDate day, BhavcopyRow... rows) {
    return new BhavcopyDay(day, "BhavCopy_NSE_CM_0_0_0_" + day.toString().replace("-", "") + "_F_0000.csv.zip",
        "sha-" + day, List.of(rows), List.of(rows));
  }

  private static BhavcopyRow row(String symbol, String isin, String close, String prev) {
    BigDecimal c = new BigDecimal(close);
    return new BhavcopyRow(symbol, "EQ", isin, String.valueOf(Math.abs(symbol.hashCode() % 10_000)), c,
        c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE), c, prev == null ? null : new BigDecimal(prev), 1000, 1);
  }

  private long count(String sql) {
    return count(pool, sql);
  }

  private static long count(Pool on, String sql) {
    return await(on.query(sql).execute()).iterator().next().getLong(0);
  }
}
