package in.neotrader.verticles.marketdata.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

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
