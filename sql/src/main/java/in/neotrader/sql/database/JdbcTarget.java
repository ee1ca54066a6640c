package in.neotrader.sql.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The same database as the reactive pool, over JDBC: for what the reactive client cannot do (a backfill's COPY).
 * Opened on worker threads only.
 */
public record JdbcTarget(String url, String user, String password) {
  public Connection open() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  @Override
  public String toString() {
    return "JdbcTarget[" + url + " as " + user + "]";
  }
}
