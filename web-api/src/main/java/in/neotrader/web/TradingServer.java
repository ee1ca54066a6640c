package in.neotrader.web;

import in.neotrader.sql.database.Database;
import in.neotrader.sql.database.DatabaseSettings;
import in.neotrader.sql.database.DatabaseStarter;
import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.web.config.ConfigurationError;
import in.neotrader.web.config.ServerConfigLoader;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
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
  private final TradingEngine engine;

  private TradingServer(Vertx vertx, JsonObject config, Database database, int httpPort, TradingEngine engine) {
    this.vertx = vertx;
    this.engine = engine;
    this.config = config;
    this.database = database;
    this.httpPort = httpPort;
  }

  public static Future<TradingServer> start(Vertx vertx, Optional<Path> confFile) {
    return ServerConfigLoader.load(vertx, confFile).compose(config -> start(vertx, config));
  }

  public static Future<TradingServer> start(Vertx vertx, JsonObject config) {
    DatabaseSettings settings;
    try {
      settings = DatabaseSettings.fromConfig(config);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new ConfigurationError(e.getMessage(), e));
    }
    return DatabaseStarter.start(vertx, settings).compose(database -> {
      LOG.info("Database: {}", database.description());
      HttpServerVerticle http = new HttpServerVerticle(config, database.pool());
      // The engine before HTTP: a start/stop request must find the trading manager listening.
      return TradingEngine.start(vertx, database.pool(), config, database.freshlyCreated() && database.embedded())
          .compose(engine -> vertx.deployVerticle(http).map(id -> new TradingServer(vertx, config, database,
              http.port(), engine)))
          .recover(e -> database.close(vertx).transform(ignored -> Future.failedFuture(httpFailure(config, e))));
    });
  }

  public int httpPort() {
    return httpPort;
  }

  public Database database() {
    return database;
  }

  public JsonObject config() {
    return config;
  }

  public String url() {
    return "http://" + config.getString("HTTP_HOST") + ":" + httpPort + "/";
  }

  /** Stops the trading engine (its verticles and leases), undeploys the rest, then closes the database. */
  public Future<Void> stop() {
    return engine.stop()
        .transform(ignored -> Future.join(vertx.deploymentIDs().stream().map(vertx::undeploy).toList()))
        .transform(ignored -> database.close(vertx));
  }

  private static Throwable httpFailure(JsonObject config, Throwable e) {
    if (e instanceof BindException || (e.getMessage() != null && e.getMessage().contains("Address already in use"))) {
      return new ConfigurationError("HTTP_PORT " + config.getInteger("HTTP_PORT") + " on " + config.getString("HTTP_HOST")
          + " is already in use; choose another HTTP_PORT", e);
    }
    return e;
  }
}
