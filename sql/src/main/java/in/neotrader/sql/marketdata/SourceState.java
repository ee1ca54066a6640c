package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One market-data source's state as the ingests record it in market_data_sources (deployment-wide, whichever
 * node fetched): the last day it delivered, its last success and attempt, its last error and how many there were.
 */
public record SourceState(String source, Optional<LocalDate> lastDay, Optional<Instant> lastSuccessAt,
    Optional<Instant> lastAttemptAt, Optional<String> lastError, long errorCount) {

  private static final String ALL = "SELECT source, last_day, last_success_at, last_attempt_at, last_error, error_count"
      + " FROM market_data_sources ORDER BY source";

  /** Every source that was ever asked, by name. */
  public static Future<List<SourceState>> all(SqlClient client) {
    return Queries.list(client, ALL, Params.none(), SourceState::of);
  }

  private static SourceState of(Row r) {
    return new SourceState(r.getString("source"), Optional.ofNullable(r.getLocalDate("last_day")),
        instant(r.getOffsetDateTime("last_success_at")), instant(r.getOffsetDateTime("last_attempt_at")),
        Optional.ofNullable(r.getString("last_error")), r.getLong("error_count"));
  }

  private static Optional<Instant> instant(OffsetDateTime at) {
    return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
  }
}
