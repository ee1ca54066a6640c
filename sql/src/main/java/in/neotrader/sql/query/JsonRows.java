package in.neotrader.sql.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Values of many users' rows sent as arrays or one jsonb array (a statement of many users' rows keeps one text, so
 * one prepared plan), as PostgreSQL stores them.
 */
public final class JsonRows {
  private JsonRows() {
  }

  /** An instant as PostgreSQL stores it (microseconds), as the binary parameters of the other statements send it. */
  public static String instant(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS).toString();
  }

  /** An instant as a timestamptz array element. */
  public static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
