package in.neotrader.verticles.marketdata.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Kotak's scrip master: {@code GET /script-details/1.0/masterscrip/file-paths} (Authorization = the consumer key,
 * 401 otherwise) answering the dated file list, and the files it names. Point KOTAK_BASE_URL at {@link #url()}.
 */
public final class FakeKotakScripMaster extends FakeFileServer {
  private final String consumerKey;

  private FakeKotakScripMaster(String consumerKey) {
    this.consumerKey = consumerKey;
  }

  public static Future<FakeKotakScripMaster> start(Vertx vertx, String consumerKey) {
    FakeKotakScripMaster fake = new FakeKotakScripMaster(consumerKey);
    return fake.listen(vertx).map(fake);
  }

  /** Publishes the day's {@code nse_cm} CSV (and an nse_fo one the ingest must not take) in the file list. */
  public void publish(String date, String nseCmCsv) {
    String folder = "/scrip-master/" + date + "/transformed-v1/";
    put(folder + "nse_cm-v1.csv", Buffer.buffer(nseCmCsv));
    put(folder + "nse_fo-v1.csv", Buffer.buffer("pSymbol,pTrdSymbol\n"));
    JsonObject answer = new JsonObject().put("data", new JsonObject().put("baseFolder", url() + "/scrip-master/" + date)
        .put("filesPaths", new JsonArray().add(url() + folder + "nse_fo-v1.csv").add(url() + folder + "nse_cm-v1.csv")));
    put("/script-details/1.0/masterscrip/file-paths", answer.toBuffer());
  }

  @Override
  protected boolean accepted(HttpServerRequest request) {
    return consumerKey.equals(request.getHeader("Authorization"));
  }
}
