package in.neotrader.verticles.marketdata.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The Yahoo chart API ({@code /v8/finance/chart/<SYMBOL>.NS}): a published answer per ticker, and for any
 * other ticker the 404 with Yahoo's error body. Point YAHOO_CHART_URL at {@link #chartUrl()}.
 */
public final class FakeYahooChart extends FakeFileServer {
  private static final String PATH = "/v8/finance/chart/";

  public static Future<FakeYahooChart> start(Vertx vertx) {
    FakeYahooChart fake = new FakeYahooChart();
    return fake.listen(vertx).map(fake);
  }

  public String chartUrl() {
    return url() + "/v8/finance/chart";
  }

  public void answer(String ticker, String json) {
    put(PATH + ticker, Buffer.buffer(json));
  }

  /**
   * The {@code interval=1m&range=1d} answer of {@code symbol}: minute bars from {@code firstBar} on, each
   * {open, high, low, close, volume} or null for a minute without trade (Yahoo's null row), and in {@code meta}
   * the last price and its time.
   */
  public void answerMinutes(String symbol, Instant firstBar, String lastPrice, Instant tradedAt, double[]... bars) {
    JsonArray times = new JsonArray();
    List<JsonArray> columns = List.of(new JsonArray(), new JsonArray(), new JsonArray(), new JsonArray(),
        new JsonArray());
    for (int i = 0; i < bars.length; i++) {
      times.add(firstBar.getEpochSecond() + 60L * i);
      for (int c = 0; c < columns.size(); c++) {
        columns.get(c).add(bars[i] == null ? null : c == 4 ? (Object) (long) bars[i][c] : (Object) bars[i][c]);
      }
    }
    JsonObject quote = new JsonObject().put("open", columns.get(0)).put("high", columns.get(1))
        .put("low", columns.get(2)).put("close", columns.get(3)).put("volume", columns.get(4));
    JsonObject meta = new JsonObject().put("symbol", symbol + ".NS").put("currency", "INR")
        .put("exchangeTimezoneName", "Asia/Kolkata").put("regularMarketPrice", Double.parseDouble(lastPrice))
        .put("regularMarketTime", tradedAt.getEpochSecond());
    JsonObject result = new JsonObject().put("meta", meta).put("timestamp", times)
        .put("indicators", new JsonObject().put("quote", new JsonArray().add(quote)));
    answer(symbol + ".NS", new JsonObject().put("chart", new JsonObject()
        .put("result", new JsonArray().add(result)).putNull("error")).encode());
  }

  public int requestsFor(String ticker) {
    return requests(PATH + ticker);
  }

  @Override
  protected boolean accepted(HttpServerRequest request) {
    return true;
  }

  @Override
  protected String notFoundBody(String path) {
    return "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}";
  }
}
