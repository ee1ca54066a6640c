package in.neotrader.web.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import in.neotrader.verticles.marketdata.universe.UniverseFile;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import in.neotrader.verticles.notify.NotifySettings;
import in.neotrader.verticles.retention.RetentionSettings;
import in.neotrader.web.ops.MetricsAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server's configuration, in rising precedence: {@code application.yaml} on the classpath
 * (the defaults of config/), the {@code --conf} file, then environment variables of the same names.
 */
public final class ServerConfigLoader {
  /** Every key an operator may set; the environment is read for these names only. */
  public static final List<String> KEYS = List.of("DATA_DIR", "DB_URL", "EMBEDDED_PG_PORT", "DB_POOL_SIZE", "HTTP_HOST",
      "HTTP_PORT", "CLOCK", "DEMO", "CLUSTER", "CLUSTER_HOST", "CLUSTER_PORT", "CLUSTER_MEMBERS", "CLUSTER_NAME", "NODE_ID",
      "KOTAK_BASE_URL", "KOTAK_ORDERS_PER_SECOND", "KOTAK_CALLS_PER_SECOND", "JWT_SECRET", "CREDENTIALS_KEY",
      "CREDENTIALS_KEY_ID", "CREDENTIALS_PREVIOUS_KEYS", "ADMIN_EMAIL", "ADMIN_PASSWORD", "HTTP_INSTANCES",
      "ACCESS_TOKEN_SECONDS", "HTTP_IDLE_TIMEOUT_SECONDS", "LOG_LEVEL", "LOG_FORMAT", "AMO_LIMIT_CAP_PCT",
      MetricsAccess.KEY, "HEARTBEAT_MILLIS", "LEASE_SECONDS", "TASK_TIMEOUT_MILLIS", "STOP_GRACE_MILLIS",
      "OUTAGE_RETRY_MILLIS");

  private ServerConfigLoader() {
  }

  public static Future<JsonObject> load(Vertx vertx, Optional<Path> confFile) {
    ConfigRetrieverOptions options = new ConfigRetrieverOptions().setIncludeDefaultStores(false).setScanPeriod(0);
    options.addStore(new ConfigStoreOptions().setType("file").setFormat("yaml")
        .setConfig(new JsonObject().put("path", "application.yaml")));
    if (confFile.isPresent()) {
      Path file = confFile.get();
      if (!Files.isReadable(file)) {
        return Future.failedFuture(new ConfigurationError("--conf file " + file + " does not exist or cannot be read"));
      }
      String format = file.toString().endsWith(".json") ? "json" : "yaml";
      options.addStore(new ConfigStoreOptions().setType("file").setFormat(format)
          .setConfig(new JsonObject().put("path", file.toAbsolutePath().toString())));
    }
    options.addStore(new ConfigStoreOptions().setType("env")
        .setConfig(new JsonObject().put("keys", new JsonArray(environmentKeys())).put("raw-data", true)));
    ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
    return retriever.getConfig()
        .eventually(() -> {
          retriever.close();
          return Future.succeededFuture();
        })
        .recover(e -> Future.failedFuture(new ConfigurationError("cannot read the configuration: " + e.getMessage(), e)))
        .map(ServerConfigLoader::validated);
  }

  private static JsonObject validated(JsonObject config) {
    port(config, "HTTP_PORT");
    port(config, "EMBEDDED_PG_PORT");
    String instances = String.valueOf(config.getValue("HTTP_INSTANCES", "")).trim();
    if (!instances.isEmpty()) {
      if (!instances.matches("[1-9][0-9]?")) {
        throw new ConfigurationError("HTTP_INSTANCES must be a number from 1 to 99, got '" + instances + "'");
      }
      config.put("HTTP_INSTANCES", Integer.parseInt(instances));
    } else {
      config.remove("HTTP_INSTANCES");
    }
    String lifetime = String.valueOf(config.getValue("ACCESS_TOKEN_SECONDS", "")).trim();
    if (!lifetime.isEmpty() && !lifetime.matches("[1-9][0-9]{0,5}")) {
      throw new ConfigurationError("ACCESS_TOKEN_SECONDS must be a number of seconds from 1 to 999999, got '"
          + lifetime + "'");
    }
    if (lifetime.isEmpty()) {
      config.remove("ACCESS_TOKEN_SECONDS");
    }
    String idle = String.valueOf(config.getValue("HTTP_IDLE_TIMEOUT_SECONDS", "")).trim();
    if (idle.isEmpty()) {
      config.remove("HTTP_IDLE_TIMEOUT_SECONDS");
    } else if (idle.matches("[0-9]{2,4}") && Integer.parseInt(idle) >= 30) {
      config.put("HTTP_IDLE_TIMEOUT_SECONDS", Integer.parseInt(idle));
    } else {
      // Below 30 s a quiet live-event socket (SockJS heartbeat every 25 s) would be cut.
      throw new ConfigurationError("HTTP_IDLE_TIMEOUT_SECONDS must be a number of seconds from 30 to 9999, got '"
          + idle + "'");
    }
    String clock = config.getString("CLOCK", "real");
    if (!clock.equals("real") && !clock.matches("simulated:\\d+(\\.\\d+)?(@.+)?")) {
      throw new ConfigurationError("CLOCK must be 'real' or 'simulated:<factor>', got '" + clock + "'");
    }
    return config;
  }

  private static void port(JsonObject config, String key) {
    String value = String.valueOf(config.getValue(key, "")).trim();
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      config.put(key, port);
    } catch (NumberFormatException e) {
      throw new ConfigurationError(key + " must be a port number (0-65535), got '" + value + "'");
    }
  }

  /** The server's keys, the market-data ingest's and the universe file's: the environment variables read at start. */
  private static List<String> environmentKeys() {
    List<String> keys = new ArrayList<>(KEYS);
    keys.addAll(MarketDataSettings.KEYS);
    keys.add(UniverseFile.KEY);
    keys.addAll(NotifySettings.KEYS);
    keys.addAll(RetentionSettings.CONFIG_KEYS);
    return List.copyOf(keys);
  }
}
