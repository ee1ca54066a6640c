package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One bhavcopy day from the fake NSE into daily_candles and instruments, in both formats. */
class BhavcopyIngestTest extends IngestTestBase {

  @Test
  void udiffDayGivesOneCandlePerSymbolFromItsMainSeries() {
    LocalDate day = LocalDate.of(2026, 11, 2);
    nse.publish(day, BhavcopyZips.udiff(day, List.of(
        Line.of("RELIANCE", "EQ", "INE002A01018", "2885", "2950.50", "2900.00", 5_000_000),
        Line.of("RELIANCE", "BL", "INE002A01018", "2885", "2800.00", "2900.00", 100),
        Line.of("M&M", "EQ", "INE101A01026", "2031", "3100.00", "3080.00", 900_000),
        Line.of("ZEEL", "BE", "INE256A01028", "3812", "140.25", "139.00", 70_000))));
    // The nightly 'quote' candle of today is replaced by the bhavcopy's.
    rows("INSERT INTO daily_candles (symbol, day, open, high, low, close, volume, source) "
        + "VALUES ('RELIANCE', $1, 1, 1, 1, 1, 1, 'quote')", day);

    DayOutcome outcome = await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, false));

    assertThat(outcome).isEqualTo(DayOutcome.INGESTED);
    Row reliance = row("SELECT * FROM daily_candles WHERE symbol = 'RELIANCE' AND day = $1", day);
    assertThat(reliance.getString("series")).isEqualTo("EQ");
    assertThat(reliance.getString("source")).isEqualTo("bhavcopy");
    assertThat(reliance.getBigDecimal("close")).isEqualByComparingTo("2950.50");
    assertThat(reliance.getBigDecimal("prev_close")).isEqualByComparingTo("2900.00");
    assertThat(reliance.getLong("volume")).isEqualTo(5_000_000L);
    assertThat(row("SELECT series FROM daily_candles WHERE symbol = 'ZEEL'").getString("series")).isEqualTo("BE");
    assertThat(rows("SELECT 1 FROM daily_candles WHERE day = $1", day)).hasSize(3);
    // The instrument list keeps every equity series (BL too) with ISIN, token and board lot.
    assertThat(rows("SELECT series FROM instruments WHERE symbol = 'RELIANCE' ORDER BY series"))
        .extracting(r -> r.getString("series")).containsExactly("BL", "EQ");
    Row mm = row("SELECT * FROM instruments WHERE symbol = 'M&M'");
    assertThat(mm.getString("isin")).isEqualTo("INE101A01026");
    assertThat(mm.getString("nse_token")).isEqualTo("2031");
    assertThat(mm.getInteger("lot_size")).isEqualTo(1);
    Row ingest = row("SELECT * FROM market_data_ingests WHERE source = 'nse-bhavcopy' AND day = $1", day);
    assertThat(ingest.getString("status")).isEqualTo("ingested");
    assertThat(ingest.getInteger("rows")).isEqualTo(3);
    Row source = row("SELECT * FROM market_data_sources WHERE source = 'nse-bhavcopy'");
    assertThat(source.getLocalDate("last_day")).isAfterOrEqualTo(day);
    assertThat(source.getValue("last_success_at")).isNotNull();
  }

  @Test
  void oldFormatDayIsReadByHeaderName() {
    LocalDate day = LocalDate.of(2024, 7, 5);
    nse.publish(day, BhavcopyZips.legacy(day, List.of(
        Line.of("INFY", "EQ", "INE009A01021", "", "1650.40", "1640.00", 4_200_000),
        Line.of("INFY", "N1", "INE009A01021", "", "99.00", "99.00", 10))));

    assertThat(await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, true))).isEqualTo(DayOutcome.INGESTED);

    Row infy = row("SELECT * FROM daily_candles WHERE symbol = 'INFY' AND day = $1", day);
    assertThat(infy.getBigDecimal("close")).isEqualByComparingTo("1650.40");
    assertThat(infy.getBigDecimal("high")).isEqualByComparingTo(new BigDecimal("1650.40").multiply(new BigDecimal("1.01")));
    assertThat(infy.getLong("volume")).isEqualTo(4_200_000L);
    // N1 is not an equity series: not in the list.
    assertThat(rows("SELECT series FROM instruments WHERE symbol = 'INFY'")).extracting(r -> r.getString("series"))
        .containsExactly("EQ");
    assertThat(nse.requests(day)).isEqualTo(1);
  }

  @Test
  void aThrottledFetchIsRetriedWithBackOff() {
    LocalDate day = LocalDate.of(2026, 11, 3);
    nse.publish(day, BhavcopyZips.udiff(day, List.of(Line.of("TCS", "EQ", "INE467B01029", "11536", "4100", "4090", 1))));
    nse.failNext(in.neotrader.verticles.marketdata.fake.FakeNseArchives.path(day), 2);

    assertThat(await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, false))).isEqualTo(DayOutcome.INGESTED);
    assertThat(nse.requests(day)).isEqualTo(3);
  }
}
