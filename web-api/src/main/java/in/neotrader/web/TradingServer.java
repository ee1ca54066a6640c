package in.neotrader.web;

import in.neotrader.sql.database.Database;
import in.neotrader.sql.database.DatabaseSettings;
import in.neotrader.sql.database.DatabaseStarter;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.auth.AdminBootstrap;
import in.neotrader.web.auth.PasswordHasher;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.web.cluster.ClusterSetup;
import in.neotrader.web.config.ConfigurationError;
import in.neotrader.web.keys.ServerKeys;
import in.neotrader.web.ops.TradingMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import in.neotrader.web.config.ServerConfigLoader;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.verticles.engine.EngineSettings;
import in.neotrader.verticles.marketdata.ingest.DailyIngestJob;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.verticles.retention.RetentionJob;
import in.neotrader.verticles.retention.RetentionSettings;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up as one chain: configuration, database (with migrations), verticles, HTTP. Used by
 * {@link Main} and by tests, which start the real server on a free port.
 */
public final class TradingServer {
  private static final Logger LOG = LoggerFactory.getLogger(TradingServer.class);

  private final Vertx vertx;
  private final JsonObject config;
  private final Database database;
  private final int httpPort;
  private final ServerKeys keys;
  private final TradingEngine engine;
  private final Optional<DailyIngestJob> marketDataIngest;
  private final RetentionJob retention;

  private TradingServer(Vertx vertx, JsonObject config, Database database, int httpPort, ServerKeys keys,
      TradingEngine engine, RetentionSettings retention) {
    this.vertx = vertx;
    this.engine = engine;
    this.marketDataIngest = startMarketDataIngest(vertx, config, database);
    this.retention = new RetentionJob(vertx, database.pool(), retention,
        TradingClock.fromConfig(config.getString("CLOCK", "real"))).start();
    this.config = config;
    this.database = database;
    this.httpPort = httpPort;
    this.keys = keys;
  }

  /**
   * Reads the configuration, then builds Vert.x as operators run it ({@link #launch(JsonObject)}). A throw-away
   * Vert.x reads the configuration: the real one can only be built once CLUSTER and its siblings are known.
   */
  public static Future<TradingServer> launch(Optional<Path> confFile) {
    // Called from a plain thread (Main, tests), so it may wait: a listener chained after reader.close() would be
    // dispatched to an event loop that no longer exists, and the start would silently never happen.
    Vertx reader = Vertx.vertx();
    JsonObject config;
    try {
      config = ServerConfigLoader.load(reader, confFile).toCompletionStage().toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return Future.failedFuture(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      return Future.failedFuture(new ConfigurationError("cannot read the configuration: " + e, e));
    } finally {
      reader.close();
    }
    return launch(config);
  }

  /**
   * Builds Vert.x through {@link ClusterSetup} (Micrometer metrics into the registry /metrics serves, clustered
   * when CLUSTER=true) and starts the server on it. The caller closes {@link #vertx()} after {@link #stop()}.
   */
  public static Future<TradingServer> launch(JsonObject config) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Future<Vertx> built;
    try {
      built = ClusterSetup.vertx(config, registry);
    } catch (ConfigurationError e) {
      built = Future.failedFuture(e);
    }
    return built.compose(vertx -> {
      // A promise of no context: a failure is handed on after Vert.x has closed, when its event loops take no
      // more tasks (the failure was dropped, and the jar ended with exit code 0 and no message).
      Promise<TradingServer> outcome = Promise.promise();
      start(vertx, config, registry).onComplete(started -> {
        if (started.succeeded()) {
          outcome.complete(started.result());
        } else {
          vertx.close().onComplete(closed -> outcome.fail(started.cause()));
        }
      });
      return outcome.future();
    });
  }

  public static Future<TradingServer> start(Vertx vertx, Optional<Path> confFile) {
    return ServerConfigLoader.load(vertx, confFile).compose(config -> start(vertx, config));
  }

  public static Future<TradingServer> start(Vertx vertx, JsonObject config) {
    return start(vertx, config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** With the registry Vert.x itself reports to (see {@link Main}), so /metrics shows HTTP, bus and pool too. */
  public static Future<TradingServer> start(Vertx vertx, JsonObject config, PrometheusMeterRegistry registry) {
    DatabaseSettings settings;
    RetentionSettings retention;
    try {
      settings = DatabaseSettings.fromConfig(config);
      retention = RetentionSettings.fromConfig(config);
      EngineSettings.fromConfig(config);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new ConfigurationError(e.getMessage(), e));
    }
    return DatabaseStarter.start(vertx, settings).compose(database -> {
      LOG.info("Database: {}", database.description());
      return ServerKeys.load(vertx, config, database.embedded())
          .compose(keys -> AdminBootstrap.ensure(config, new UserRepository(database.pool()), new PasswordHasher(vertx))
              .map(keys))
          // The engine before HTTP: a start/stop request must find the trading manager listening.
          .compose(keys -> TradingEngine.start(vertx, database.pool(), keys.engineConfig(config),
                  database.freshlyCreated() && database.embedded(), new EngineMeters(registry))
              .compose(engine -> deployHttp(vertx, config, database, keys, registry, engine, retention)))
          .recover(e -> database.close(vertx).transform(ignored -> Future.failedFuture(httpFailure(config, e))));
    });
  }

  /** One HTTP verticle per event loop (HTTP_INSTANCES, default: the number of cores), sharing one set of routes. */
  private static Future<TradingServer> deployHttp(Vertx vertx, JsonObject config, Database database, ServerKeys keys,
      PrometheusMeterRegistry registry, TradingEngine engine, RetentionSettings retention) {
    TradingMetrics metrics = new TradingMetrics(registry, database.pool());
    metrics.countHeartbeatFailures(engine::heartbeatFailures);
    ApiRoutes routes = new ApiRoutes(vertx, database.pool(), keys, registry, metrics, config);
    int instances = Math.max(1, config.getInteger("HTTP_INSTANCES", Runtime.getRuntime().availableProcessors()));
    List<HttpServerVerticle> verticles = new ArrayList<>();
    // The first read marks where the run history ends: runs committed before this start are not counted again.
    Future<?> deployed = metrics.refresh();
    for (int i = 0; i < instances; i++) {
      HttpServerVerticle http = new HttpServerVerticle(config, routes);
      verticles.add(http);
      deployed = deployed.compose(previous -> vertx.deployVerticle(http));
    }
    return deployed.map(done -> new TradingServer(vertx, config, database, verticles.get(0).port(), keys, engine,
        retention));
  }

  public int httpPort() {
    return httpPort;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** The id this node's trading engine writes into service_status.owner_node. */
  public String nodeId() {
    return engine.nodeId();
  }

  public Database database() {
    return database;
  }

  /** The JWT secret and credential keys in use (the trading engine opens credentials with the same keys). */
  public ServerKeys keys() {
    return keys;
  }

  public JsonObject config() {
    return config;
  }

  public String url() {
    return "http://" + config.getString("HTTP_HOST") + ":" + httpPort + "/";
  }

  /** Stops the trading engine (its verticles and leases), undeploys the rest, then closes the database. */
  public Future<Void> stop() {
    marketDataIngest.ifPresent(DailyIngestJob::stop);
    retention.stop();
    return engine.stop()
        .transform(ignored -> Future.join(vertx.deploymentIDs().stream().map(vertx::undeploy).toList()))
        .transform(ignored -> database.close(vertx));
  }

  /**
   * The daily bhavcopy ingest (one node of a cluster fetches, under an advisory lock). It runs on the real clock
   * only, since a simulated day has no bhavcopy, and MARKET_DATA_INGEST=false turns it off (tests, hosts that
   * import zips with `market-data import`).
   */
  private static Optional<DailyIngestJob> startMarketDataIngest(Vertx vertx, JsonObject config, Database database) {
    TradingClock clock = TradingClock.fromConfig(config.getString("CLOCK", "real"));
    boolean simulated = clock != TradingClock.system();
    if (!Boolean.parseBoolean(String.valueOf(config.getValue("MARKET_DATA_INGEST", "true"))) || simulated) {
      LOG.info("Daily bhavcopy ingest is off ({})", simulated ? "simulated clock" : "MARKET_DATA_INGEST=false");
      return Optional.empty();
    }
    return Optional.of(DailyIngestJob.start(vertx, database.pool(), config, clock, NseCalendar.bundled()));
  }

  private static Throwable httpFailure(JsonObject config, Throwable e) {
    if (e instanceof BindException || (e.getMessage() != null && e.getMessage().contains("Address already in use"))) {
      return new ConfigurationError("HTTP_PORT " + config.getInteger("HTTP_PORT") + " on " + config.getString("HTTP_HOST")
          + " is already in use; choose another HTTP_PORT", e);
    }
    return e;
  }
}
