package in.neotrader.verticles.marketdata.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * NSE's two archive hosts in one server: UDiFF files under {@code /content/cm/}, old-format files under
 * {@code /content/historical/EQUITIES/<YYYY>/<MMM>/}. Point NSE_ARCHIVES_URL and NSE_ARCHIVES_LEGACY_URL at
 * {@link #url()}. A day not published answers 404, as NSE does before ~16:30 and on closures.
 */
public final class FakeNseArchives extends FakeFileServer {

  public static Future<FakeNseArchives> start(Vertx vertx) {
    FakeNseArchives fake = new FakeNseArchives();
    return fake.listen(vertx).map(fake);
  }

  /** Publishes {@code zip} as the bhavcopy of {@code day} under the URL pattern of its format. */
  public void publish(LocalDate day, byte[] zip) {
    put(path(day), Buffer.buffer(zip));
  }

  public int requests(LocalDate day) {
    return requests(path(day));
  }

  public static String path(LocalDate day) {
    if (!day.isBefore(LocalDate.of(2024, 7, 8))) {
      return "/content/cm/BhavCopy_NSE_CM_0_0_0_" + DateTimeFormatter.BASIC_ISO_DATE.format(day) + "_F_0000.csv.zip";
    }
    String month = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH).format(day).toUpperCase(Locale.ROOT);
    return "/content/historical/EQUITIES/" + day.getYear() + "/" + month + "/cm"
        + DateTimeFormatter.ofPattern("dd", Locale.ENGLISH).format(day) + month + day.getYear() + "bhav.csv.zip";
  }
}
