package in.neotrader.verticles.marketdata.ingest.fetch;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polite downloads of outside files: a browser-like User-Agent (NSE refuses others), retries with doubling
 * back-off on errors and 5xx/429, 404 = not published (empty), and every file kept under the cache directory,
 * where a second fetch of the same name reads it instead. Callers fetch one file at a time.
 */
public final class CachingFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(CachingFetcher.class);
  /** The browser-like agent NSE and Yahoo insist on. */
  public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
      + "Chrome/124.0 Safari/537.36";

  private final Vertx vertx;
  private final WebClient client;
  private final Path cacheDir;
  private final int attempts;
  private final Duration backoff;

  public CachingFetcher(Vertx vertx, Path cacheDir, int attempts, Duration backoff) {
    this.vertx = vertx;
    this.client = WebClient.create(vertx, new WebClientOptions().setUserAgent(USER_AGENT).setFollowRedirects(true)
        .setConnectTimeout(15_000).setIdleTimeout(60));
    this.cacheDir = cacheDir;
    this.attempts = Math.max(1, attempts);
    this.backoff = backoff;
  }

  /** The file at {@code url} (cached as {@code cacheName}); empty on 404. */
  public Future<Optional<Buffer>> fetch(String cacheName, String url, Map<String, String> headers) {
    Path cached = cacheDir.resolve(cacheName);
    return vertx.fileSystem().exists(cached.toString()).compose(hit -> hit
        ? vertx.fileSystem().readFile(cached.toString()).map(Optional::of)
        : download(url, headers, 1).compose(body -> body.isEmpty() ? Future.succeededFuture(body)
            : vertx.fileSystem().mkdirs(cached.getParent().toString())
                .compose(v -> vertx.fileSystem().writeFile(cached.toString(), body.get())).map(body)));
  }

  /** Drops a cached file that turned out unusable (a truncated download), so the next fetch goes out again. */
  public Future<Void> forget(String cacheName) {
    String path = cacheDir.resolve(cacheName).toString();
    return vertx.fileSystem().exists(path).compose(e -> e ? vertx.fileSystem().delete(path) : Future.succeededFuture());
  }

  private Future<Optional<Buffer>> download(String url, Map<String, String> headers, int attempt) {
    var request = client.getAbs(url).putHeader("Accept", "*/*").putHeader("Accept-Language", "en-US,en;q=0.9");
    headers.forEach(request::putHeader);
    return request.send().transform(ar -> {
      if (ar.succeeded() && ar.result().statusCode() == 200) {
        return Future.succeededFuture(Optional.of(body(ar.result())));
      }
      if (ar.succeeded() && ar.result().statusCode() == 404) {
        return Future.succeededFuture(Optional.empty());
      }
      String why = ar.succeeded() ? "HTTP " + ar.result().statusCode() : ar.cause().toString();
      if (attempt >= attempts || (ar.succeeded() && !retryable(ar.result().statusCode()))) {
        return Future.failedFuture(new FetchFailed(url + ": " + why + " after " + attempt + " attempt(s)"));
      }
      long delay = backoff.toMillis() << (attempt - 1);
      LOG.info("Fetching {} failed ({}); retry {} of {} in {} ms", url, why, attempt, attempts - 1, delay);
      Promise<Optional<Buffer>> retried = Promise.promise();
      vertx.setTimer(Math.max(1, delay), id -> download(url, headers, attempt + 1).onComplete(retried));
      return retried.future();
    });
  }

  private static boolean retryable(int status) {
    return status >= 500 || status == 429 || status == 403;
  }

  private static Buffer body(HttpResponse<Buffer> response) {
    Buffer body = response.body();
    return body == null ? Buffer.buffer() : body;
  }
}
