package in.neotrader.sql.marketdata;

import in.neotrader.sql.database.JdbcTarget;
import in.neotrader.sql.query.Params;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A backfill batch whose days hold no candle yet: its candles are COPYed straight into daily_candles (the
 * upsert writes row by row, COPY in bulk, in its binary form), with the batch's other writes
 * ({@link MarketDataWriter#write}, the same statements) in one JDBC transaction on a worker thread. The reactive
 * client has no COPY.
 */
public final class BackfillCopy {
  // One index probe per day (a day = ANY(...) scan may read every row of the days' range first).
  private static final String HELD = "SELECT 1 FROM unnest(#{days}::date[]) AS d(day) "
      + "WHERE EXISTS (SELECT 1 FROM daily_candles c WHERE c.day = d.day) LIMIT 1";
  private static final String COPY = "COPY daily_candles (symbol, day, series, open, high, low, close, volume, "
      + "prev_close, source) FROM STDIN WITH (FORMAT binary)";

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
      BinaryCopyRows rows = new BinaryCopyRows(copy);
      for (BhavcopyDay file : byDay) {
        for (BhavcopyRow r : file.candles()) {
          rows.row(10).text(r.symbol()).date(file.day()).text(r.series()).numeric(r.open()).numeric(r.high())
              .numeric(r.low()).numeric(r.close()).int8(r.volume()).numeric(r.prevClose()).text("bhavcopy");
        }
      }
      return (int) rows.finish();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
