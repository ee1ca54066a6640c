package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.StoredMarketDataTables;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The folder import writes many days to a transaction; what it stores must equal a day-by-day ingest of the same
 * files: a new listing, a split, a rename, a truncated file and a day in the old format, all inside one batch.
 */
class FolderImportTest extends IngestTestBase {
  @Test
  void aBatchedImportStoresExactlyWhatADayByDayIngestStores() throws Exception {
    Map<Path, LocalDate> files = tree(Files.createTempDirectory(Path.of("target"), "folder-import"));
    Path dir = files.keySet().iterator().next().getParent();
    assertThat(FolderImport.BATCH_DAYS).as("the whole tree is one batch").isGreaterThanOrEqualTo(files.size());

    Backfill.Result batched = await(new FolderImport(vertx, new BhavcopyIngest(vertx, pool, settings()))
        .run(FolderImport.files(dir), (done, total, day, outcome) -> { }));
    assertThat(batched).isEqualTo(new Backfill.Result(5, 0, 1, 0));

    TestDatabase copied = TestDatabase.create();
    Pool copyPool = copied.pool(vertx);
    assertThat(await(new FolderImport(vertx, new BhavcopyIngest(vertx, copyPool, settings(), Optional.of(copied.jdbc())))
        .run(FolderImport.files(dir), (done, total, day, outcome) -> { }))).as("COPYed").isEqualTo(batched);

    Pool dayByDay = TestDatabase.create().pool(vertx);
    BhavcopyIngest single = new BhavcopyIngest(vertx, dayByDay, settings());
    for (Map.Entry<Path, LocalDate> f : files.entrySet()) {
      await(single.write(f.getValue(), f.getKey().getFileName().toString(), Files.readAllBytes(f.getKey())));
    }
    assertThat(StoredMarketDataTables.of(pool)).isEqualTo(StoredMarketDataTables.of(dayByDay));
    assertThat(StoredMarketDataTables.of(copyPool)).isEqualTo(StoredMarketDataTables.of(dayByDay));
    // Not vacuous: the split scaled the days before it, the rename moved OLDNAME's history, d5 was refused.
    assertThat(rows("SELECT adjust_factor FROM daily_candles WHERE symbol = 'SPLITCO' AND day < '2026-09-09'"))
        .hasSize(2).allSatisfy(r -> assertThat(r.getBigDecimal(0)).isEqualByComparingTo("0.5"));
    assertThat(rows("SELECT day FROM daily_candles WHERE symbol = 'NEWNAME'")).hasSize(5);
    assertThat(rows("SELECT 1 FROM daily_candles WHERE symbol = 'OLDNAME'")).isEmpty();
    assertThat(rows("SELECT status FROM market_data_ingests WHERE day = '2026-09-11'").get(0).getString(0))
        .isEqualTo("refused");
    await(dayByDay.close());
    await(copyPool.close());
  }

  @Test
  void withoutARenameTheSplitsOfAllDaysAreFoundAtOnceAndEqualADayByDayIngestAlsoWhenImportedTwice()
      throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "folder-splits");
    Map<Path, LocalDate> files = new LinkedHashMap<>();
    LocalDate d1 = LocalDate.of(2026, 9, 7);
    String[][] splitco = {{"200.00", "198.00"}, {"202.00", "200.00"}, {"103.00", "101.00"}, {"104.00", "103.00"},
        {"53.00", "52.00"}};
    String[][] bonusco = {{"90.00", "90.00"}, {"91.00", "90.00"}, {"92.00", "91.00"}, {"46.50", "46.00"},
        {"47.00", "46.50"}};
    for (int d = 0; d < 5; d++) {
      put(files, dir, d1.plusDays(d), BhavcopyZips.udiff(d1.plusDays(d), List.of(
          split(splitco[d][0], splitco[d][1]), Line.of("BONUSCO", "EQ", "INE000B01010", "3", bonusco[d][0],
              bonusco[d][1], 500), steady("50.00"))));
    }
    TestDatabase target = TestDatabase.create(); // the class's database holds the other test's days
    Pool batched = target.pool(vertx);
    // Through the COPY: the second run below finds its days held and goes through the upsert.
    FolderImport importer = new FolderImport(vertx, new BhavcopyIngest(vertx, batched, settings(),
        Optional.of(target.jdbc())));
    assertThat(await(importer.run(FolderImport.files(dir), (done, total, day, outcome) -> { })))
        .isEqualTo(new Backfill.Result(5, 0, 0, 0));

    Pool dayByDay = TestDatabase.create().pool(vertx);
    BhavcopyIngest single = new BhavcopyIngest(vertx, dayByDay, settings());
    for (Map.Entry<Path, LocalDate> f : files.entrySet()) {
      await(single.write(f.getValue(), f.getKey().getFileName().toString(), Files.readAllBytes(f.getKey())));
    }
    assertThat(StoredMarketDataTables.of(batched)).isEqualTo(StoredMarketDataTables.of(dayByDay));
    // Two splits of SPLITCO (1:2 on d3, 1:2 on d5) and a 1:1 bonus of BONUSCO on d4, each applied once.
    assertThat(json(batched, "SELECT symbol, ex_date FROM corporate_actions")).hasSize(3);
    assertThat(json(batched, "SELECT adjust_factor::text AS f FROM daily_candles WHERE symbol = 'SPLITCO' ORDER BY day"))
        .extracting(r -> new java.math.BigDecimal(r.getString("f")).stripTrailingZeros().toPlainString())
        .containsExactly("0.25", "0.25", "0.5", "0.5", "1");

    // The same folder again goes through the upsert (its days are stored) and changes nothing.
    Map<String, List<JsonObject>> stored = StoredMarketDataTables.of(batched);
    assertThat(await(importer.run(FolderImport.files(dir), (done, total, day, outcome) -> { })))
        .isEqualTo(new Backfill.Result(5, 0, 0, 0));
    assertThat(StoredMarketDataTables.of(batched)).isEqualTo(stored);
    assertThat(json(batched, "SELECT 1 FROM corporate_actions")).hasSize(3);
    await(dayByDay.close());
    await(batched.close());
  }

  private static List<JsonObject> json(Pool pool, String sql) {
    return StoredMarketDataTables.rows(pool, sql);
  }

  /** Six trading days of files, oldest first. */
  private static Map<Path, LocalDate> tree(Path dir) throws Exception {
    LocalDate d1 = LocalDate.of(2026, 9, 7);
    Map<Path, LocalDate> files = new LinkedHashMap<>();
    put(files, dir, d1, BhavcopyZips.udiff(d1, List.of(split("200.00", "198.00"), old("300.00", "299.00"),
        steady("50.00"))));
    LocalDate d2 = d1.plusDays(1);
    put(files, dir, d2, BhavcopyZips.udiff(d2, List.of(split("202.00", "200.00"), old("301.00", "300.00"),
        steady("50.50"), listed("10.00", "10.00"))));
    LocalDate d3 = d1.plusDays(2);
    // 1:2 split: the ex-date's previous close is the adjusted 101.
    put(files, dir, d3, BhavcopyZips.udiff(d3, List.of(split("103.00", "101.00"), old("302.00", "301.00"),
        steady("51.00"), listed("10.50", "10.00"))));
    LocalDate d4 = d1.plusDays(3);
    put(files, dir, d4, BhavcopyZips.udiff(d4, List.of(split("104.00", "103.00"),
        Line.of("NEWNAME", "EQ", "INE000R01010", "9", "303.00", "302.00", 100), steady("51.20"),
        listed("11.00", "10.50"))));
    LocalDate d5 = d1.plusDays(4);
    byte[] whole = BhavcopyZips.udiff(d5, List.of(split("105.00", "104.00"), steady("51.30")));
    put(files, dir, d5, BhavcopyZips.truncated(whole, whole.length - 30));
    LocalDate d6 = d1.plusDays(7);
    byte[] legacy = BhavcopyZips.legacy(d6, List.of(split("106.00", "104.00"),
        Line.of("NEWNAME", "EQ", "INE000R01010", "9", "304.00", "303.00", 100), steady("51.40"),
        listed("11.50", "11.00")));
    String stamp = DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH).format(d6).toUpperCase(Locale.ROOT);
    Path old = dir.resolve("cm" + stamp + "bhav.csv.zip");
    Files.write(old, legacy);
    files.put(old, d6);
    return files;
  }

  private static void put(Map<Path, LocalDate> files, Path dir, LocalDate day, byte[] zip) throws Exception {
    Path file = dir.resolve(BhavcopyZips.udiffName(day));
    Files.write(file, zip);
    files.put(file, day);
  }

  private static Line split(String close, String prev) {
    return Line.of("SPLITCO", "EQ", "INE000S01010", "1", close, prev, 1000);
  }

  private static Line old(String close, String prev) {
    return Line.of("OLDNAME", "EQ", "INE000R01010", "9", close, prev, 100);
  }

  private static Line steady(String close) {
    return Line.of("STEADY", "EQ", "INE000T01010", "2", close, close, 10);
  }

  private static Line listed(String close, String prev) {
    return Line.of("NEWLIST", "EQ", "INE000L01010", "4", close, prev, 20);
  }
}
