package in.neotrader.web;

import in.neotrader.web.cluster.ClusterSetup;
import in.neotrader.web.config.ServerConfigLoader;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar web-api/target/trading-server.jar [--conf FILE]}. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    Optional<Path> confFile;
    try {
      confFile = confFile(args);
    } catch (IllegalArgumentException e) {
      System.err.println("trading-server: " + e.getMessage());
      System.err.println("usage: java -jar trading-server.jar [--conf FILE]");
      System.exit(ExitCode.CONFIGURATION.code());
      return;
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // Configuration is read once with a plain Vert.x, because the real one depends on it (metrics, cluster).
    Vertx bootstrap = Vertx.vertx();
    ServerConfigLoader.load(bootstrap, confFile)
        .eventually(bootstrap::close)
        .onSuccess(config -> ClusterSetup.vertx(config, registry)
            .onFailure(e -> exit(null, e))
            .onSuccess(vertx -> run(vertx, config, registry)))
        .onFailure(e -> exit(null, e));
  }

  private static void run(Vertx vertx, JsonObject config, PrometheusMeterRegistry registry) {
    TradingServer.start(vertx, config, registry)
        .onSuccess(server -> {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, vertx)));
          LOG.info("Trading server ready at {}", server.url());
          System.out.println("Trading server ready at " + server.url());
        })
        .onFailure(e -> exit(vertx, e));
  }

  private static void exit(Vertx vertx, Throwable e) {
    ExitCode code = ExitCode.of(e);
    System.err.println("trading-server: " + (code == ExitCode.UNEXPECTED ? e.toString() : e.getMessage()));
    if (code == ExitCode.UNEXPECTED) {
      LOG.error("Start-up failed", e);
    }
    if (vertx == null) {
      System.exit(code.code());
    }
    vertx.close().onComplete(ignored -> System.exit(code.code()));
  }

  static Optional<Path> confFile(String[] args) {
    Optional<Path> conf = Optional.empty();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--conf") && i + 1 < args.length) {
        conf = Optional.of(Path.of(args[++i]));
      } else if (args[i].startsWith("--conf=")) {
        conf = Optional.of(Path.of(args[i].substring("--conf=".length())));
      } else {
        throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    return conf;
  }

  private static void stop(TradingServer server, Vertx vertx) {
    CountDownLatch stopped = new CountDownLatch(1);
    server.stop().eventually(vertx::close).onComplete(ignored -> stopped.countDown());
    try {
      if (!stopped.await(30, TimeUnit.SECONDS)) {
        System.err.println("trading-server: shutdown took over 30 s; exiting anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
