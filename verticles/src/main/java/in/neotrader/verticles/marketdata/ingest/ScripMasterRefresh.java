package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.sql.marketdata.IngestRecords;
import in.neotrader.sql.marketdata.InstrumentRepository;
import in.neotrader.sql.marketdata.ScripMasterRow;
import in.neotrader.verticles.marketdata.ingest.fetch.CachingFetcher;
import in.neotrader.verticles.marketdata.ingest.fetch.FetchFailed;
import in.neotrader.verticles.marketdata.ingest.parse.FileRefused;
import in.neotrader.verticles.marketdata.ingest.parse.KotakScripMasterParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kotak scrip master into the instrument list (tokens, trading symbols, ticks, lots): the file-paths call
 * with the deployment's consumer key (no TOTP session), then the dated {@code nse_cm} CSV it names.
 */
public final class ScripMasterRefresh {
  private static final Logger LOG = LoggerFactory.getLogger(ScripMasterRefresh.class);
  static final String FILE_PATHS = "/script-details/1.0/masterscrip/file-paths";

  private final Vertx vertx;
  private final Pool pool;
  private final CachingFetcher fetcher;
  private final String baseUrl;
  private final String consumerKey;

  public ScripMasterRefresh(Vertx vertx, Pool pool, MarketDataSettings settings) {
    this.vertx = vertx;
    this.pool = pool;
    this.fetcher = new CachingFetcher(vertx, settings.cacheDir().resolve("kotak"), settings.fetchAttempts(),
        settings.fetchBackoff());
    this.baseUrl = settings.kotakBaseUrl();
    this.consumerKey = settings.kotakConsumerKey().orElseThrow(
        () -> new IllegalArgumentException("KOTAK_CONSUMER_KEY is needed for the scrip master"));
  }

  /** Reads the scrip master of {@code day}; returns the instrument rows updated or added. */
  public Future<Integer> refresh(LocalDate day) {
    Map<String, String> auth = Map.of("Authorization", consumerKey, "accept", "application/json");
    return fetcher.fetch("file-paths-" + day + ".json", baseUrl + FILE_PATHS, auth)
        .compose(paths -> {
          Optional<String> url = paths.flatMap(b -> nseCmPath(b));
          if (url.isEmpty()) {
            return Future.failedFuture(new FetchFailed("kotak file-paths for " + day + " lists no nse_cm file"));
          }
          return fetcher.fetch("nse_cm-" + day + ".csv", url.get(), auth).compose(csv -> csv.isEmpty()
              ? Future.failedFuture(new FetchFailed(url.get() + ": 404"))
              : vertx.executeBlocking(() -> parse(url.get(), csv.get()), false));
        })
        .compose(rows -> pool.withTransaction(conn -> InstrumentRepository.upsertFromScripMaster(conn, day, rows)
            .compose(n -> IngestRecords.succeeded(conn, IngestRecords.KOTAK_SCRIP_MASTER, day).map(n))))
        .onSuccess(n -> LOG.info("Kotak scrip master {}: {} instruments updated", day, n))
        .onFailure(e -> {
          LOG.warn("Kotak scrip master {} not read: {}", day, e.getMessage());
          IngestRecords.failed(pool, IngestRecords.KOTAK_SCRIP_MASTER, e.getMessage());
        });
  }

  private static Optional<String> nseCmPath(Buffer body) {
    try {
      return KotakScripMasterParser.nseCmPath(body.toString(StandardCharsets.UTF_8));
    } catch (FileRefused e) {
      throw new FetchFailed(e.getMessage());
    }
  }

  private static List<ScripMasterRow> parse(String url, Buffer csv) throws FileRefused {
    return KotakScripMasterParser.parse(url, csv.toString(StandardCharsets.UTF_8));
  }
}
