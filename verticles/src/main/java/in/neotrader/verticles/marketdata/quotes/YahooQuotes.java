package in.neotrader.verticles.marketdata.quotes;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.verticles.marketdata.ingest.fetch.CachingFetcher;
import in.neotrader.verticles.marketdata.ingest.parse.FileRefused;
import in.neotrader.verticles.marketdata.ingest.parse.YahooChartParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quotes from the Yahoo chart API (MARKET_DATA §2, {@code interval=1m&range=1d}), the paper users' source:
 * one request per symbol (the API has no batch), all of a batch in flight together. The last price and its
 * time come from {@code meta}, the session's open/high/low/volume from the minute bars (null bars skipped).
 */
public final class YahooQuotes implements QuoteSource {
  public static final String NAME = "yahoo-chart";
  private static final Logger LOG = LoggerFactory.getLogger(YahooQuotes.class);

  // A hung request would hold its symbols' cache entries in flight: every request has a deadline.
  private static final long REQUEST_TIMEOUT_MILLIS = 10_000;

  private final WebClient client;
  private final String chartUrl;

  public YahooQuotes(Vertx vertx, String chartUrl) {
    this.client = WebClient.create(vertx, new WebClientOptions().setUserAgent(CachingFetcher.USER_AGENT));
    this.chartUrl = chartUrl;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Future<Map<String, Quote>> fetch(List<String> symbols) {
    Map<String, Quote> quotes = new HashMap<>();
    List<Future<Void>> each = symbols.stream().map(symbol -> one(symbol).map(q -> {
      synchronized (quotes) {
        quotes.put(symbol, q);
      }
      return (Void) null;
    }).otherwise(e -> {
      LOG.warn("{}: no quote for {}: {}", NAME, symbol, e.getMessage());
      return null;
    })).toList();
    return Future.all(each).map(done -> quotes);
  }

  private Future<Quote> one(String symbol) {
    String ticker = URLEncoder.encode(symbol + ".NS", StandardCharsets.UTF_8);
    return client.getAbs(chartUrl + "/" + ticker + "?interval=1m&range=1d").timeout(REQUEST_TIMEOUT_MILLIS).send()
        .compose(response -> {
          try {
            // Yahoo answers an unknown symbol with 404 and its error body, which the parser reports.
            return Future.succeededFuture(parse(symbol, response.bodyAsString()));
          } catch (FileRefused e) {
            return Future.failedFuture(response.statusCode() + " " + e.getMessage());
          }
        });
  }

  static Quote parse(String symbol, String body) throws FileRefused {
    List<Candle> bars = YahooChartParser.parse(symbol, body).rawCandles();
    JsonObject meta = new JsonObject(body).getJsonObject("chart").getJsonArray("result").getJsonObject(0)
        .getJsonObject("meta", new JsonObject());
    Number price = meta.getNumber("regularMarketPrice");
    Number time = meta.getNumber("regularMarketTime");
    if (price == null || time == null || bars.isEmpty()) {
      throw new FileRefused("yahoo " + symbol + ": no regular market price, time or bar in the answer");
    }
    Instant tradedAt = Instant.ofEpochSecond(time.longValue());
    BigDecimal last = new BigDecimal(price.toString());
    // The bars of the quote's day only: a range=1d answer before the open still holds the previous session.
    LocalDate day = tradedAt.atZone(TradingClock.IST).toLocalDate();
    List<Candle> today = bars.stream().filter(b -> b.day().equals(day)).toList();
    if (today.isEmpty()) {
      throw new FileRefused("yahoo " + symbol + ": no minute bar on the day of the last price");
    }
    BigDecimal high = today.stream().map(Candle::high).reduce(last, BigDecimal::max);
    BigDecimal low = today.stream().map(Candle::low).reduce(last, BigDecimal::min);
    long volume = today.stream().mapToLong(Candle::volume).sum();
    Candle session = new Candle(day, today.get(0).open(), high, low, last, volume);
    return new Quote(symbol, last, tradedAt, session);
  }
}
