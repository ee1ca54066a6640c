package in.neotrader.sql.database;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** {@code postgresql://user:password@host:port/db}, the operator contract's DB_URL. */
public record ExternalDatabaseUrl(String host, int port, String database, String user, String password) {

  public static ExternalDatabaseUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("DB_URL is not a URL: " + e.getMessage());
    }
    if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
      throw new IllegalArgumentException("DB_URL must start with postgresql://, got '" + uri.getScheme() + "://'");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (uri.getHost() == null || path.isBlank()) {
      throw new IllegalArgumentException("DB_URL must name a host and a database: postgresql://user:password@host:port/db");
    }
    String user = "postgres";
    String password = "";
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      password = parts.length > 1 ? decode(parts[1]) : "";
    }
    return new ExternalDatabaseUrl(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, path, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions().setHost(host).setPort(port).setDatabase(database).setUser(user).setPassword(password);
  }

  /** Safe to print: no password. */
  public String describe() {
    return user + "@" + host + ":" + port + "/" + database;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
