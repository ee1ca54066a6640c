package in.neotrader.sql.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Values of rows sent as one jsonb array (a statement of many users' rows keeps one text, so one prepared plan). */
public final class JsonRows {
  private JsonRows() {
  }

  /** An instant as PostgreSQL stores it (microseconds), as the binary parameters of the other statements send it. */
  public static String instant(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS).toString();
  }
}
