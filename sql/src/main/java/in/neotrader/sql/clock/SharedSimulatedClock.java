package in.neotrader.sql.clock;

import in.neotrader.core.clock.SimulatedClock;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The deployment's one simulated clock (CLOCK=simulated:...), kept in the database: each node had its own, reset
 * at every start, so a failover moved a user's day forward or back. The first start records the simulated start
 * and the database's wall time; later starts, on any node, continue from there at the same factor.
 */
public final class SharedSimulatedClock {
  private static final String RECORD = """
      INSERT INTO simulated_clock (spec, simulated_start, factor, wall_start) VALUES ($1, $2, $3, now())
      ON CONFLICT (id) DO UPDATE SET spec = EXCLUDED.spec, simulated_start = EXCLUDED.simulated_start,
        factor = EXCLUDED.factor, wall_start = now()
      WHERE simulated_clock.spec <> EXCLUDED.spec""";
  private static final String READ = "SELECT simulated_start, factor, wall_start, now() AS wall_now FROM simulated_clock";

  private SharedSimulatedClock() {
  }

  /** The clock of {@code spec} (the CLOCK setting), starting as {@code configured} does if none is recorded yet. */
  public static Future<SimulatedClock> of(Pool pool, String spec, SimulatedClock configured) {
    Tuple record = Tuple.of(spec, configured.now().atOffset(ZoneOffset.UTC), configured.factor());
    return pool.preparedQuery(RECORD).execute(record)
        .compose(done -> pool.query(READ).execute())
        .map(rows -> {
          Row row = rows.iterator().next();
          double factor = row.getDouble("factor");
          Duration wall = Duration.between(instant(row, "wall_start"), instant(row, "wall_now"));
          Instant now = instant(row, "simulated_start").plusNanos(Math.round(wall.toNanos() * factor));
          return new SimulatedClock(now, factor);
        });
  }

  private static Instant instant(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at.toInstant();
  }
}
