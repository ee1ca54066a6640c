package in.neotrader.web.bench;

import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on the authenticated GET /api/v1/user/service/status (JWT check, account check, two queries) next to a
 * bare Vert.x "hello" route in the same JVM and run: req/s of each, their ratio, p99. Not a test; run with
 * {@code web-api/bench.sh} (CONNECTIONS, SECONDS in the environment).
 */
public final class StatusBenchmark {
  private StatusBenchmark() {
  }

  /** Bare hello route, one instance per event loop like the API. */
  static final class Hello extends VerticleBase {
    HttpServer server;

    @Override
    public Future<?> start() {
      return vertx.createHttpServer().requestHandler(req -> req.response().end("hello"))
          .listen(18099, "127.0.0.1").onSuccess(s -> server = s);
    }
  }

  record Result(String name, double requestsPerSecond, double p99Millis, double p50Millis, int errors) {
    @Override
    public String toString() {
      return String.format("%-14s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d", name, requestsPerSecond,
          p50Millis, p99Millis, errors);
    }
  }

  public static void main(String[] args) throws Exception {
    int connections = Integer.parseInt(System.getenv().getOrDefault("CONNECTIONS", "256"));
    int seconds = Integer.parseInt(System.getenv().getOrDefault("SECONDS", "10"));
    ApiServer api = ApiServer.start();
    int cores = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < cores; i++) {
      Await.result(api.vertx.deployVerticle(new Hello()));
    }
    ApiServer.Session trader = api.signUp();
    Vertx clientVertx = Vertx.vertx();
    HttpClient client = clientVertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(connections));
    RequestOptions status = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1")
        .setPort(api.server.httpPort()).setURI("/api/v1/user/service/status")
        .putHeader("Authorization", "Bearer " + trader.accessToken()).setIdleTimeout(5000);
    RequestOptions hello = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(18099)
        .setURI("/").setIdleTimeout(5000);
    run(client, hello, connections, 3, "warm-up");
    run(client, status, connections, 3, "warm-up");
    Result bare = run(client, hello, connections, seconds, "hello");
    Result api1 = run(client, status, connections, seconds, "service/status");
    System.out.println("connections " + connections + ", " + seconds + " s each, " + cores + " cores");
    System.out.println(bare);
    System.out.println(api1);
    System.out.printf("ratio status/hello = %.2f (goal >= 0.5); status p99 %.2f ms (goal <= 10)%n",
        api1.requestsPerSecond() / bare.requestsPerSecond(), api1.p99Millis());
    System.out.println(new JsonObject().put("hello", bare.requestsPerSecond()).put("status", api1.requestsPerSecond())
        .put("statusP99Ms", api1.p99Millis()).encode());
    Await.result(client.close());
    Await.result(clientVertx.close());
    api.close();
    System.exit(0);
  }

  /** {@code connections} closed loops, each sending its next request when the last one answered. */
  static Result run(HttpClient client, RequestOptions request, int connections, int seconds, String name)
      throws InterruptedException {
    long[] latencies = new long[20_000_000];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(connections);
    long start = System.nanoTime();
    for (int i = 0; i < connections; i++) {
      loop(client, request, latencies, count, errors, stop, done);
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int n = Math.min(count.get(), latencies.length);
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new Result(name, n / elapsed, sorted[(int) (n * 0.99)] / 1e6, sorted[n / 2] / 1e6, errors.get());
  }

  private static void loop(HttpClient client, RequestOptions request, long[] latencies, AtomicInteger count,
      AtomicInteger errors, AtomicBoolean stop, CountDownLatch done) {
    if (stop.get()) {
      done.countDown();
      return;
    }
    long sent = System.nanoTime();
    client.request(request).compose(req -> req.send()).compose(resp -> {
      if (resp.statusCode() != 200) {
        errors.incrementAndGet();
      }
      return resp.body();
    }).onComplete(ar -> {
      if (ar.failed()) {
        errors.incrementAndGet();
      }
      int i = count.getAndIncrement();
      if (i < latencies.length) {
        latencies[i] = System.nanoTime() - sent;
      }
      loop(client, request, latencies, count, errors, stop, done);
    });
  }
}
