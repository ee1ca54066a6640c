package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A split day adjusted, a truncated zip refused whole, a symbol renamed. */
class CorporateActionsIngestTest extends IngestTestBase {

  @Test
  void splitDayScalesEarlierCandlesAndKeepsTheRawPrices() {
    LocalDate before = LocalDate.of(2026, 10, 5);
    LocalDate exDate = LocalDate.of(2026, 10, 6);
    BhavcopyIngest ingest = new BhavcopyIngest(vertx, pool, settings());
    nse.publish(before, BhavcopyZips.udiff(before, List.of(Line.of("SPLITCO", "EQ", "INE000S01010", "1", "200.00",
        "198.00", 1000), Line.of("STEADY", "EQ", "INE000T01010", "2", "50.00", "49.00", 10))));
    // 1:2 split: the ex-date's previous close is the adjusted 100; STEADY's 50.04 vs 50.00 is rounding.
    nse.publish(exDate, BhavcopyZips.udiff(exDate, List.of(Line.of("SPLITCO", "EQ", "INE000S01010", "1", "101.00",
        "100.00", 2000), Line.of("STEADY", "EQ", "INE000T01010", "2", "51.00", "50.04", 10))));

    await(ingest.ingest(before, true));
    await(ingest.ingest(exDate, true));
    await(ingest.ingest(exDate, true)); // a re-ingest of the ex-date must not apply the split twice

    Row old = row("SELECT * FROM daily_candles WHERE symbol = 'SPLITCO' AND day = $1", before);
    assertThat(old.getBigDecimal("close")).isEqualByComparingTo("200.00");
    assertThat(old.getBigDecimal("adjust_factor")).isEqualByComparingTo("0.5");
    assertThat(row("SELECT adjust_factor FROM daily_candles WHERE symbol = 'SPLITCO' AND day = $1", exDate)
        .getBigDecimal("adjust_factor")).isEqualByComparingTo("1");
    Row action = row("SELECT * FROM corporate_actions WHERE symbol = 'SPLITCO'");
    assertThat(action.getLocalDate("ex_date")).isEqualTo(exDate);
    assertThat(action.getBigDecimal("factor")).isEqualByComparingTo("0.5");
    assertThat(action.getString("source")).isEqualTo("bhavcopy-prev-close");
    assertThat(rows("SELECT 1 FROM corporate_actions WHERE symbol = 'STEADY'")).isEmpty();
    assertThat(row("SELECT adjust_factor FROM daily_candles WHERE symbol = 'STEADY' AND day = $1", before)
        .getBigDecimal("adjust_factor")).isEqualByComparingTo("1");
  }

  @Test
  void truncatedZipIsRefusedWholeWithALogLineNamingTheFile() {
    LocalDate day = LocalDate.of(2026, 10, 12);
    byte[] zip = BhavcopyZips.udiff(day, List.of(Line.of("CUTCO", "EQ", "INE000C01010", "3", "10.00", "10.00", 5),
        Line.of("CUTCO2", "EQ", "INE000C02010", "4", "20.00", "20.00", 5)));
    nse.publish(day, BhavcopyZips.truncated(zip, zip.length - 30));
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger logger = (Logger) LoggerFactory.getLogger(BhavcopyIngest.class);
    logger.addAppender(logs);
    try {
      assertThat(await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, true))).isEqualTo(DayOutcome.REFUSED);
    } finally {
      logger.detachAppender(logs);
    }

    assertThat(rows("SELECT 1 FROM daily_candles WHERE day = $1", day)).isEmpty();
    assertThat(rows("SELECT 1 FROM instruments WHERE symbol LIKE 'CUTCO%'")).isEmpty();
    assertThat(row("SELECT status FROM market_data_ingests WHERE day = $1", day).getString("status"))
        .isEqualTo("refused");
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(line -> assertThat(line)
        .contains("refused whole").contains(day.toString()).contains(BhavcopyZips.udiffName(day)).contains("truncated"));

    // The whole file published later is taken: the refused download was not kept in the cache.
    nse.publish(day, zip);
    assertThat(await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, true))).isEqualTo(DayOutcome.INGESTED);
    assertThat(rows("SELECT 1 FROM daily_candles WHERE day = $1", day)).hasSize(2);
  }

  @Test
  void renamedSymbolTakesItsHistoryAlong() {
    LocalDate first = LocalDate.of(2026, 9, 1);
    LocalDate renamed = LocalDate.of(2026, 9, 2);
    BhavcopyIngest ingest = new BhavcopyIngest(vertx, pool, settings());
    nse.publish(first, BhavcopyZips.udiff(first, List.of(Line.of("OLDNAME", "EQ", "INE000R01010", "9", "300.00",
        "299.00", 100))));
    nse.publish(renamed, BhavcopyZips.udiff(renamed, List.of(Line.of("NEWNAME", "EQ", "INE000R01010", "9", "301.00",
        "300.00", 100))));

    await(ingest.ingest(first, true));
    await(ingest.ingest(renamed, true));

    assertThat(rows("SELECT day FROM daily_candles WHERE symbol = 'NEWNAME' ORDER BY day"))
        .extracting(r -> r.getLocalDate("day")).containsExactly(first, renamed);
    assertThat(rows("SELECT 1 FROM daily_candles WHERE symbol = 'OLDNAME'")).isEmpty();
    Row change = row("SELECT * FROM symbol_changes WHERE old_symbol = 'OLDNAME'");
    assertThat(change.getString("new_symbol")).isEqualTo("NEWNAME");
    assertThat(change.getLocalDate("effective")).isEqualTo(renamed);
    assertThat(rows("SELECT symbol FROM instruments WHERE isin = 'INE000R01010'"))
        .extracting(r -> r.getString("symbol")).containsExactly("NEWNAME");
  }
}
