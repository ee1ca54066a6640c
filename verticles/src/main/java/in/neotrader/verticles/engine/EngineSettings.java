package in.neotrader.verticles.engine;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.orders.AmoLimit;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's part of the server configuration: {@code CLOCK}, {@code NODE_ID}, {@code DEMO}, the credentials
 * keyring ({@code CREDENTIALS_KEY}, {@code CREDENTIALS_KEY_ID}, {@code CREDENTIALS_PREVIOUS_KEYS}), and optional
 * tuning ({@code HEARTBEAT_MILLIS}, {@code LEASE_SECONDS}, {@code TASK_TIMEOUT_MILLIS}, {@code STOP_GRACE_MILLIS},
 * {@code OUTAGE_RETRY_MILLIS}: how often a run the database kept from running or being recorded is tried again).
 */
public record EngineSettings(TradingClock clock, String nodeId, Optional<Boolean> demo, long heartbeatMillis,
    int leaseSeconds, long taskTimeoutMillis, long stopGraceMillis, long outageRetryMillis,
    Optional<CredentialCipher> credentials) {

  public static EngineSettings fromConfig(JsonObject config) {
    String demo = config.getString("DEMO");
    return new EngineSettings(TradingClock.fromConfig(config.getString("CLOCK", "real")),
        config.getString("NODE_ID", "").isBlank() ? defaultNodeId(config) : config.getString("NODE_ID"),
        demo == null || demo.isBlank() ? Optional.empty() : Optional.of(Boolean.parseBoolean(demo)),
        longValue(config, "HEARTBEAT_MILLIS", 5_000), (int) longValue(config, "LEASE_SECONDS", 30),
        longValue(config, "TASK_TIMEOUT_MILLIS", 120_000), longValue(config, "STOP_GRACE_MILLIS", 10_000),
        longValue(config, "OUTAGE_RETRY_MILLIS", 5_000), cipher(config));
  }

  /** The same settings on {@code shared} (the deployment's simulated clock, read from the database). */
  public EngineSettings withClock(TradingClock shared) {
    return new EngineSettings(shared, nodeId, demo, heartbeatMillis, leaseSeconds, taskTimeoutMillis, stopGraceMillis,
        outageRetryMillis, credentials);
  }

  /** {@code AMO_LIMIT_CAP_PCT}: how far above the last close an AMO entry's limit lies, in percent (default 2). */
  public static AmoLimit amoLimit(JsonObject config) {
    Object cap = config.getValue("AMO_LIMIT_CAP_PCT");
    return cap == null || String.valueOf(cap).isBlank() ? AmoLimit.DEFAULT
        : new AmoLimit(new BigDecimal(String.valueOf(cap).trim()));
  }

  /**
   * The same keyring the web API seals with: the current key plus CREDENTIALS_PREVIOUS_KEYS
   * ({@code id:base64[,id:base64...]}), so credentials saved before a key rotation still open.
   */
  private static Optional<CredentialCipher> cipher(JsonObject config) {
    String key = config.getString("CREDENTIALS_KEY");
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    Map<String, byte[]> ring = new HashMap<>();
    for (String entry : config.getString("CREDENTIALS_PREVIOUS_KEYS", "").split(",")) {
      String[] idAndKey = entry.trim().split(":", 2);
      if (idAndKey.length == 2) {
        ring.put(idAndKey[0], CredentialCipher.keyFromBase64(idAndKey[1]));
      }
    }
    String keyId = config.getString("CREDENTIALS_KEY_ID", "k1");
    ring.put(keyId, CredentialCipher.keyFromBase64(key));
    return Optional.of(new CredentialCipher(ring, keyId));
  }

  private static long longValue(JsonObject config, String name, long fallback) {
    Object v = config.getValue(name);
    String text = v == null ? "" : String.valueOf(v).trim();
    if (text.isEmpty()) {
      return fallback;
    }
    if (!text.matches("[1-9][0-9]{0,9}")) {
      throw new IllegalArgumentException(name + " must be a whole number above 0, got '" + text + "'");
    }
    return Long.parseLong(text);
  }

  /**
   * The node's id when NODE_ID is not set: the host name and a hash of the data directory and HTTP port, the same
   * at every start (a restarted node reclaims its own leases at once, instead of waiting for them to expire as a
   * stranger would), and different for two servers on one host (they cannot share a port).
   */
  static String defaultNodeId(JsonObject config) {
    String place = Path.of(config.getString("DATA_DIR", "./data")).toAbsolutePath().normalize() + ":"
        + config.getValue("HTTP_PORT", "8080");
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(place.getBytes(StandardCharsets.UTF_8));
      return host + "-" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
