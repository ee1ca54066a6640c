package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.marketdata.IngestRecords;
import in.neotrader.sql.marketdata.MarketDataWriter;
import in.neotrader.verticles.marketdata.ingest.fetch.CachingFetcher;
import in.neotrader.verticles.marketdata.ingest.parse.FileRefused;
import in.neotrader.verticles.marketdata.ingest.parse.YahooChartParser;
import in.neotrader.verticles.marketdata.ingest.parse.YahooHistory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legacy's source as the alternative backfill: the Yahoo chart API per symbol ({@code <SYMBOL>.NS}, daily
 * bars, split events). A Yahoo candle never replaces a bhavcopy one. An unknown symbol is logged and recorded
 * as the source's error; the others go on.
 */
public final class YahooBackfill {
  private static final Logger LOG = LoggerFactory.getLogger(YahooBackfill.class);

  private final Vertx vertx;
  private final Pool pool;
  private final CachingFetcher fetcher;
  private final String chartUrl;
  private final MarketDataWriter writer;

  public YahooBackfill(Vertx vertx, Pool pool, MarketDataSettings settings) {
    this.vertx = vertx;
    this.pool = pool;
    this.fetcher = new CachingFetcher(vertx, settings.cacheDir().resolve("yahoo"), settings.fetchAttempts(),
        settings.fetchBackoff());
    this.chartUrl = settings.yahooChartUrl();
    this.writer = new MarketDataWriter(pool);
  }

  /** Candles of {@code symbol} over [from, to] written; 0 for an unknown symbol. */
  public Future<Integer> symbol(String symbol, LocalDate from, LocalDate to) {
    long start = from.atStartOfDay(TradingClock.IST).toEpochSecond();
    long end = to.plusDays(1).atStartOfDay(TradingClock.IST).toEpochSecond();
    String ticker = URLEncoder.encode(symbol + ".NS", StandardCharsets.UTF_8);
    String url = chartUrl + "/" + ticker + "?period1=" + start + "&period2=" + end + "&interval=1d&events=div,split";
    // Yahoo answers an unknown symbol with 404 and the error body; the fetcher reports that as empty.
    return fetcher.fetch(ticker + "-" + from + "-" + to + ".json", url, Map.of())
        .compose(body -> vertx.executeBlocking(() -> {
          try {
            return YahooChartParser.parse(symbol, body.map(b -> b.toString(StandardCharsets.UTF_8))
                .orElse("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"404\"}}}"));
          } catch (FileRefused e) {
            return e;
          }
        }, false))
        .compose(parsed -> {
          if (parsed instanceof FileRefused refused) {
            LOG.warn("{}", refused.getMessage());
            return fetcher.forget(ticker + "-" + from + "-" + to + ".json")
                .compose(v -> IngestRecords.failed(pool, IngestRecords.YAHOO, refused.getMessage())).map(0);
          }
          YahooHistory history = (YahooHistory) parsed;
          return writer.writeYahoo(symbol, history.rawCandles(), history.splits());
        });
  }
}
