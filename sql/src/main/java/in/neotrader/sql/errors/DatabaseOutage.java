package in.neotrader.sql.errors;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure means the database cannot be reached or is going away (refused or dropped connections,
 * shutdown, recovery), as opposed to a refused statement: the first is worth a retry, the second is a bug or bad
 * input. One definition for the API (503) and the trading tasks (retry inside the window); a lease the outage let
 * run out ({@link LeaseLapsed}) counts as one.
 */
public final class DatabaseOutage {
  private DatabaseOutage() {
  }

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof ClosedConnectionException
          || t instanceof TimeoutException || t instanceof SocketException || t instanceof LeaseLapsed) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null
          // 08: connection exceptions; 57P01-57P03: admin/crash shutdown, cannot connect now (starting, recovery).
          && (pg.getSqlState().startsWith("08") || pg.getSqlState().matches("57P0[1-3]"))) {
        return true;
      }
    }
    return false;
  }
}
