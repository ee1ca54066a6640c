package in.neotrader.verticles.marketdata.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 serving files by path, as the outside sources do: 404 for a path not
 * published, 403 without a browser-like User-Agent (as NSE does), and a count of requests per path.
 */
public class FakeFileServer {
  private final Map<String, Buffer> files = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, Integer> failuresToServe = new ConcurrentHashMap<>();
  private HttpServer server;

  protected Future<Void> listen(Vertx vertx) {
    return vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1").map(s -> {
      server = s;
      return null;
    });
  }

  public String url() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  public void put(String path, Buffer body) {
    files.put(path, body);
  }

  public void remove(String path) {
    files.remove(path);
  }

  /** The next {@code count} requests for {@code path} answer 503 (a throttling source). */
  public void failNext(String path, int count) {
    failuresToServe.put(path, count);
  }

  public int requests(String path) {
    AtomicInteger n = requests.get(path);
    return n == null ? 0 : n.get();
  }

  public int totalRequests() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  public Future<Void> stop() {
    return server.close();
  }

  /** Whether the request may see the file (headers a real source insists on). */
  protected boolean accepted(HttpServerRequest request) {
    String agent = request.getHeader("User-Agent");
    return agent != null && agent.startsWith("Mozilla/");
  }

  protected String notFoundBody(String path) {
    return "<html><body>Not Found</body></html>";
  }

  private void handle(HttpServerRequest request) {
    String path = request.path();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (!accepted(request)) {
      request.response().setStatusCode(403).end("Access Denied");
      return;
    }
    Integer failures = failuresToServe.get(path);
    if (failures != null && failures > 0) {
      failuresToServe.put(path, failures - 1);
      request.response().setStatusCode(503).end("Service Unavailable");
      return;
    }
    Buffer body = files.get(path);
    if (body == null) {
      request.response().setStatusCode(404).end(notFoundBody(path));
    } else {
      request.response().putHeader("Content-Type", "application/octet-stream").end(body);
    }
  }
}
