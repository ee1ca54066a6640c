package in.neotrader.sql.marketdata;

import in.neotrader.sql.database.JdbcTarget;
import in.neotrader.sql.query.Params;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A backfill batch whose days hold no candle yet: its candles are COPYed straight into daily_candles (the
 * upsert writes row by row, COPY in bulk), with the batch's other writes ({@link MarketDataWriter#write}, the
 * same statements) in one JDBC transaction on a worker thread. The reactive client has no COPY.
 */
public final class BackfillCopy {
  // One index probe per day (a day = ANY(...) scan may read every row of the days' range first).
  private static final String HELD = "SELECT 1 FROM unnest(#{days}::date[]) AS d(day) "
      + "WHERE EXISTS (SELECT 1 FROM daily_candles c WHERE c.day = d.day) LIMIT 1";
  private static final String COPY = "COPY daily_candles (symbol, day, series, open, high, low, close, volume, "
      + "prev_close, source) FROM STDIN WITH (FORMAT text)";
  private static final int CHUNK_CHARS = 1 << 16;
  private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L};

  private final Vertx vertx;
  private final JdbcTarget target;

  public BackfillCopy(Vertx vertx, JdbcTarget target) {
    this.vertx = vertx;
    this.target = target;
  }

  /**
   * Writes {@code byDay} (oldest first) when none of its days holds a candle, checked under the write lock in the
   * same transaction; empty (nothing written) when one does, for the upsert to write. Fails with nothing written.
   */
  Future<Optional<List<DayIngested>>> writeIfFresh(List<BhavcopyDay> byDay) {
    return vertx.executeBlocking(() -> {
      try (Connection connection = target.open()) {
        connection.setAutoCommit(false);
        try {
          Optional<List<DayIngested>> written = write(connection, byDay);
          if (written.isPresent()) {
            connection.commit();
          } else {
            connection.rollback();
          }
          return written;
        } catch (Exception e) {
          try {
            connection.rollback();
          } catch (SQLException lost) {
            e.addSuppressed(lost);
          }
          throw e;
        }
      }
    }, false);
  }

  private static Optional<List<DayIngested>> write(Connection connection, List<BhavcopyDay> byDay) throws Exception {
    Statements db = new JdbcStatements(connection);
    done(MarketDataWriter.beginWrites(db));
    Params days = Params.of("days", byDay.stream().map(BhavcopyDay::day).toArray(LocalDate[]::new));
    if (!done(db.list(HELD, days, row -> true)).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(done(MarketDataWriter.write(db, byDay, () -> {
      try {
        return Future.succeededFuture(copy(connection, byDay));
      } catch (SQLException e) {
        return Future.failedFuture(e);
      }
    })));
  }

  /** The result of a chain of {@link JdbcStatements}, which completes as it is built. */
  private static <T> T done(Future<T> future) throws Exception {
    if (!future.isComplete()) {
      throw new IllegalStateException("a JDBC statement chain did not complete on its thread");
    }
    if (future.failed()) {
      throw future.cause() instanceof Exception e ? e : new IllegalStateException(future.cause());
    }
    return future.result();
  }

  private static int copy(Connection connection, List<BhavcopyDay> byDay) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 256);
      for (BhavcopyDay file : byDay) {
        String day = file.day().toString();
        for (BhavcopyRow r : file.candles()) {
          chunk.append(text(r.symbol())).append('\t').append(day).append('\t').append(text(r.series()))
              .append('\t');
          number(chunk, r.open()).append('\t');
          number(chunk, r.high()).append('\t');
          number(chunk, r.low()).append('\t');
          number(chunk, r.close()).append('\t').append(r.volume()).append('\t');
          number(chunk, r.prevClose()).append("\tbhavcopy\n");
          if (chunk.length() >= CHUNK_CHARS) {
            send(copy, chunk);
          }
        }
      }
      send(copy, chunk);
      return (int) copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void send(CopyIn copy, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }

  // COPY text format: a backslash, tab or line break inside a value is escaped; \N is null.
  private static String text(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
      }
    }
    return v;
  }

  // Written from the unscaled long where it fits: toPlainString was a tenth of the import's JVM time.
  private static StringBuilder number(StringBuilder out, BigDecimal v) {
    if (v == null) {
      return out.append("\\N");
    }
    int scale = v.scale();
    BigInteger unscaled = v.unscaledValue();
    if (v.signum() < 0 || scale < 0 || scale >= POWERS_OF_TEN.length || unscaled.bitLength() > 60) {
      return out.append(v.toPlainString());
    }
    long digits = unscaled.longValue();
    long power = POWERS_OF_TEN[scale];
    out.append(digits / power);
    if (scale > 0) {
      // power + fraction is "1" then the fraction's digits, zero-padded: the "1" becomes the decimal point.
      int point = out.length();
      out.append(power + digits % power).setCharAt(point, '.');
    }
    return out;
  }
}
