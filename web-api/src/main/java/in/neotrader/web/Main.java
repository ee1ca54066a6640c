package in.neotrader.web;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar web-api/target/trading-server.jar [--conf FILE]}, or its {@code health} and {@code market-data} commands. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("health")) {
      System.exit(HealthProbe.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
      return;
    }
    if (args.length > 0 && args[0].equals("market-data")) {
      System.exit(in.neotrader.web.marketdata.MarketDataCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
      return;
    }
    Optional<Path> confFile;
    try {
      confFile = confFile(args);
    } catch (IllegalArgumentException e) {
      System.err.println("trading-server: " + e.getMessage());
      System.err.println("usage: java -jar trading-server.jar [--conf FILE]");
      System.exit(ExitCode.CONFIGURATION.code());
      return;
    }
    TradingServer.launch(confFile)
        .onSuccess(server -> {
          Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, server.vertx())));
          LOG.info("Trading server ready at {}", server.url());
          System.out.println("Trading server ready at " + server.url());
        })
        .onFailure(e -> {
          ExitCode code = ExitCode.of(e);
          System.err.println("trading-server: " + (code == ExitCode.UNEXPECTED ? e.toString() : e.getMessage()));
          if (code == ExitCode.UNEXPECTED) {
            LOG.error("Start-up failed", e);
          }
          System.exit(code.code());
        });
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

  /**
   * Stops the server, then Vert.x, waiting for each (a listener chained after close() would never run), and ends
   * with the documented exit code: 0 for a clean stop on SIGTERM (the JVM's own would be 143), 1 otherwise.
   */
  private static void stop(TradingServer server, Vertx vertx) {
    ExitCode code = ExitCode.OK;
    try {
      server.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("trading-server: clean shutdown failed or took over 30 s: " + e);
      code = ExitCode.UNEXPECTED;
    }
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      System.err.println("trading-server: Vert.x did not close within 10 s: " + e);
      code = ExitCode.UNEXPECTED;
    }
    System.out.flush();
    Runtime.getRuntime().halt(code.code());
  }
}
