package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.instruments.Instrument;
import in.neotrader.sql.marketdata.StoredInstruments;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import in.neotrader.verticles.marketdata.fake.FakeKotakScripMaster;
import in.neotrader.verticles.marketdata.fake.FakeYahooChart;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yahoo chart JSON (null rows, a split event, an unknown symbol) and the Kotak scrip master into instruments. */
class YahooAndScripMasterTest extends IngestTestBase {
  private static final LocalDate D1 = LocalDate.of(2026, 3, 2);

  @Test
  void yahooCandlesAreStoredRawWithTheSplitAsAFactor() {
    FakeYahooChart yahoo = await(FakeYahooChart.start(vertx));
    long[] t = new long[5];
    for (int i = 0; i < 5; i++) {
      t[i] = D1.plusDays(i).atTime(9, 15).atZone(TradingClock.IST).toEpochSecond();
    }
    yahoo.answer("SPLITY.NS", """
        {"chart":{"result":[{"meta":{"symbol":"SPLITY.NS","currency":"INR","exchangeTimezoneName":"Asia/Kolkata",
          "regularMarketPrice":52.0},
          "timestamp":[%d,%d,%d,%d,%d],
          "indicators":{"quote":[{"open":[99.5,101.0,101.5,50.5,51.5],"high":[101.0,103.0,102.0,52.0,53.0],
            "low":[99.0,100.5,100.0,50.0,51.0],"close":[100.0,102.0,null,51.0,52.0],
            "volume":[2000,2200,1800,4000,4100]}],"adjclose":[{"adjclose":[100.0,102.0,null,51.0,52.0]}]},
          "events":{"splits":{"%d":{"date":%d,"numerator":2,"denominator":1,"splitRatio":"2:1"}}}}],"error":null}}
        """.formatted(t[0], t[1], t[2], t[3], t[4], t[3], t[3]));
    YahooBackfill backfill = new YahooBackfill(vertx, pool,
        MarketDataSettings.fromConfig(config("y").put("YAHOO_CHART_URL", yahoo.chartUrl())));

    assertThat(await(backfill.symbol("SPLITY", D1, D1.plusDays(4)))).isEqualTo(4);
    assertThat(await(backfill.symbol("NOSUCH", D1, D1.plusDays(4)))).isZero();

    List<Row> candles = rows("SELECT * FROM daily_candles WHERE symbol = 'SPLITY' ORDER BY day");
    assertThat(candles).extracting(r -> r.getLocalDate("day"))
        .containsExactly(D1, D1.plusDays(1), D1.plusDays(3), D1.plusDays(4));
    assertThat(candles.get(0).getBigDecimal("close")).isEqualByComparingTo("200");
    assertThat(candles.get(0).getLong("volume")).isEqualTo(1000L);
    assertThat(candles.get(0).getBigDecimal("adjust_factor")).isEqualByComparingTo("0.5");
    assertThat(candles.get(2).getBigDecimal("close")).isEqualByComparingTo("51");
    assertThat(candles.get(2).getBigDecimal("adjust_factor")).isEqualByComparingTo("1");
    assertThat(candles).allMatch(r -> r.getString("source").equals("yahoo"));
    Row split = row("SELECT * FROM corporate_actions WHERE symbol = 'SPLITY'");
    assertThat(split.getLocalDate("ex_date")).isEqualTo(D1.plusDays(3));
    assertThat(split.getString("source")).isEqualTo("yahoo-split");
    assertThat(row("SELECT last_error FROM market_data_sources WHERE source = 'yahoo'").getString("last_error"))
        .contains("NOSUCH").contains("Not Found");
    await(yahoo.stop());
  }

  @Test
  void scripMasterGivesTokensAndTicksAndThePortResolvesBySeriesPreference() {
    LocalDate day = LocalDate.of(2026, 3, 10);
    nse.publish(day, BhavcopyZips.udiff(day, List.of(
        Line.of("RELIANCE", "BE", "INE002A01018", "2885", "2950.00", "2940.00", 10),
        Line.of("RELIANCE", "EQ", "INE002A01018", "2885", "2950.00", "2940.00", 10),
        Line.of("PENNY", "BE", "INE000P01010", "55", "120.00", "119.00", 10))));
    await(new BhavcopyIngest(vertx, pool, settings()).ingest(day, true));
    StoredInstruments instruments = new StoredInstruments(pool);

    // Without a scrip master the tick comes from the NSE band of the last close.
    Instrument penny = await(instruments.resolve("PENNY")).orElseThrow();
    assertThat(penny.series()).isEqualTo("BE");
    assertThat(penny.tickSize()).isEqualByComparingTo("0.01");
    assertThat(await(instruments.resolve("RELIANCE")).orElseThrow().tickSize()).isEqualByComparingTo("0.10");

    FakeKotakScripMaster kotak = await(FakeKotakScripMaster.start(vertx, "consumer-key-1"));
    kotak.publish(day.toString(), """
        pSymbol,pExchSeg,pTrdSymbol,pSymbolName,pGroup,lLotSize,iBoardLotQty,dTickSize ,dStrikePrice;,pISIN
        2885,nse_cm,RELIANCE-EQ,RELIANCE,EQ,1,1,5.000000,-1,INE002A01018
        1333,nse_cm,HDFCBANK-EQ,HDFCBANK,EQ,1,1,10.000000,-1,INE040A01034
        9001,nse_cm,SGBMAR29-GB,SGB,GB,1,1,1.000000,-1,IN0020000001
        """);
    ScripMasterRefresh refresh = new ScripMasterRefresh(vertx, pool, MarketDataSettings.fromConfig(config("k")
        .put("KOTAK_BASE_URL", kotak.url()).put("KOTAK_CONSUMER_KEY", "consumer-key-1")));

    assertThat(await(refresh.refresh(day))).isEqualTo(2);

    Instrument reliance = await(instruments.resolve("RELIANCE")).orElseThrow();
    assertThat(reliance.series()).isEqualTo("EQ");
    assertThat(reliance.kotakToken()).contains("2885");
    assertThat(reliance.tradingSymbol()).isEqualTo("RELIANCE-EQ");
    assertThat(reliance.tickSize()).isEqualByComparingTo("0.05");
    assertThat(await(instruments.series("RELIANCE"))).extracting(Instrument::series).containsExactly("EQ", "BE");
    Instrument hdfc = await(instruments.resolve("HDFCBANK")).orElseThrow();
    assertThat(hdfc.kotakToken()).contains("1333");
    assertThat(hdfc.tickSize()).isEqualByComparingTo("0.10");
    assertThat(rows("SELECT 1 FROM instruments WHERE series = 'GB'")).isEmpty();
    assertThat(row("SELECT last_day FROM market_data_sources WHERE source = 'kotak-scrip-master'")
        .getLocalDate("last_day")).isEqualTo(day);
    await(kotak.stop());
  }
}
