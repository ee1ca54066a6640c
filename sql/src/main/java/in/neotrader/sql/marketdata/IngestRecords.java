package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * market_data_ingests (one row per source and day) and market_data_sources (each source's state for /ready,
 * /metrics and the admin page). A day is fetched once for the deployment: a backfill skips what is recorded.
 */
public final class IngestRecords {
  /** The NSE CM bhavcopy source, in market_data_sources and market_data_ingests. */
  public static final String NSE_BHAVCOPY = "nse-bhavcopy";
  public static final String YAHOO = "yahoo";
  public static final String KOTAK_SCRIP_MASTER = "kotak-scrip-master";

  private static final String INGESTED = """
      INSERT INTO market_data_ingests (source, day, status, rows, file_sha256, message, finished_at)
      SELECT #{source}, r.day, 'ingested', r.rows, r.sha, r.message, now()
      FROM unnest(#{days}::date[], #{rows}::int[], #{shas}::text[], #{messages}::text[]) AS r(day, rows, sha, message)
      ON CONFLICT (source, day) DO UPDATE SET status = 'ingested', rows = EXCLUDED.rows,
        file_sha256 = EXCLUDED.file_sha256, message = EXCLUDED.message, finished_at = now()""";
  // A refusal or a missing file never overwrites a day already ingested (a re-fetch that failed).
  private static final String NOT_INGESTED = """
      INSERT INTO market_data_ingests (source, day, status, rows, message, finished_at)
      VALUES (#{source}, #{day}, #{status}, 0, #{message}, now())
      ON CONFLICT (source, day) DO UPDATE SET status = EXCLUDED.status, message = EXCLUDED.message, finished_at = now()
      WHERE market_data_ingests.status <> 'ingested'""";
  private static final String SUCCESS = """
      INSERT INTO market_data_sources (source, last_day, last_success_at, last_attempt_at)
      VALUES (#{source}, #{day}, now(), now())
      ON CONFLICT (source) DO UPDATE SET last_day = GREATEST(market_data_sources.last_day, EXCLUDED.last_day),
        last_success_at = now(), last_attempt_at = now(), last_error = NULL""";
  private static final String FAILURE = """
      INSERT INTO market_data_sources (source, last_attempt_at, last_error, error_count)
      VALUES (#{source}, now(), #{error}, 1)
      ON CONFLICT (source) DO UPDATE SET last_attempt_at = now(), last_error = EXCLUDED.last_error,
        error_count = market_data_sources.error_count + 1""";
  private static final String ATTEMPT = """
      INSERT INTO market_data_sources (source, last_attempt_at) VALUES (#{source}, now())
      ON CONFLICT (source) DO UPDATE SET last_attempt_at = now()""";
  private static final String SETTLED = "SELECT day FROM market_data_ingests WHERE source = #{source} "
      + "AND day BETWEEN #{from} AND #{to} AND status IN ('ingested', 'no_file')";

  private IngestRecords() {
  }

  /** The bhavcopies {@code files} (oldest first) are stored: one ingest row each, the source's state once. */
  static Future<Void> ingested(Statements db, List<BhavcopyDay> files) {
    Params p = Params.of("source", NSE_BHAVCOPY).and("days", files.stream().map(BhavcopyDay::day).toArray(LocalDate[]::new))
        .and("rows", files.stream().map(f -> f.candles().size()).toArray(Integer[]::new))
        .and("shas", files.stream().map(BhavcopyDay::sha256).toArray(String[]::new))
        .and("messages", files.stream().map(BhavcopyDay::fileName).toArray(String[]::new))
        .and("day", files.get(files.size() - 1).day());
    return db.update(INGESTED, p).compose(n -> db.update(SUCCESS, p)).mapEmpty();
  }

  /** A source answered but delivered nothing usable (a refused file); counted as an error. */
  public static Future<Void> refused(SqlClient client, String source, LocalDate day, String message) {
    return Queries.update(client, NOT_INGESTED, Params.of("source", source).and("day", day).and("status", "refused")
        .and("message", message)).compose(n -> failed(client, source, message));
  }

  /** No file for a past day (an ad-hoc closure): the truth for that day, not an error of the source. */
  public static Future<Void> noFile(SqlClient client, String source, LocalDate day, String message) {
    return Queries.update(client, NOT_INGESTED, Params.of("source", source).and("day", day).and("status", "no_file")
        .and("message", message)).compose(n -> attempted(client, source));
  }

  /** Asked, nothing there yet (today's file before publication): not an error. */
  public static Future<Void> attempted(SqlClient client, String source) {
    return Queries.update(client, ATTEMPT, Params.of("source", source)).mapEmpty();
  }

  /** The source could not be reached or answered an error. */
  public static Future<Void> failed(SqlClient client, String source, String error) {
    return Queries.update(client, FAILURE, Params.of("source", source).and("error", error)).mapEmpty();
  }

  /** A source delivered (the scrip master, Yahoo per symbol): its state only, no day row. */
  public static Future<Void> succeeded(SqlClient client, String source, LocalDate day) {
    return Queries.update(client, SUCCESS, Params.of("source", source).and("day", day)).mapEmpty();
  }

  /** Days of {@code source} in [from, to] that need no further fetch: ingested, or known to have no file. */
  public static Future<Set<LocalDate>> settledDays(SqlClient client, String source, LocalDate from, LocalDate to) {
    return Queries.list(client, SETTLED, Params.of("source", source).and("from", from).and("to", to),
        row -> row.getLocalDate("day")).map(HashSet::new);
  }

  public static Future<Boolean> isSettled(SqlClient client, String source, LocalDate day) {
    return settledDays(client, source, day, day).map(days -> days.contains(day));
  }
}
