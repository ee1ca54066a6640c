package in.neotrader.verticles.marketdata.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import in.neotrader.verticles.testing.SteppedTimers;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The daily job on a stepped clock: publication, a closure, and two nodes on one database. */
class DailyIngestJobTest extends IngestTestBase {
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
  private static final LocalDate HOLIDAY = MONDAY.plusDays(1);
  private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
  private final NseCalendar calendar = new NseCalendar(Map.of(HOLIDAY, "Test closure"), Map.of());

  @Test
  void notPublishedAtFirstThenIngestedOnARetryAndNothingAskedOnAClosure() throws Exception {
    SimulatedClock clock = SimulatedClock.frozenAt(ist(MONDAY, "15:00"));
    SteppedTimers timers = new SteppedTimers(clock);
    DailyIngestJob job = arm(new DailyIngestJob(vertx, pool, MarketDataSettings.fromConfig(config("a")), clock,
        calendar, timers));

    timers.runUntil(ist(MONDAY, "16:20"));
    assertThat(nse.requests(MONDAY)).isEqualTo(1);
    assertThat(rows("SELECT 1 FROM market_data_ingests WHERE day = $1", MONDAY)).isEmpty();

    nse.publish(MONDAY, BhavcopyZips.udiff(MONDAY, List.of(Line.of("ACC", "EQ", "INE012A01025", "22", "2100",
        "2090", 10))));
    timers.runUntil(ist(MONDAY, "16:30"));
    assertThat(nse.requests(MONDAY)).isEqualTo(2);
    assertThat(row("SELECT status FROM market_data_ingests WHERE day = $1", MONDAY).getString("status"))
        .isEqualTo("ingested");

    // The calendar closes Tuesday: nothing asked, nothing recorded; the next attempt is Wednesday 16:15.
    timers.runUntil(ist(HOLIDAY, "23:00"));
    assertThat(nse.requests(HOLIDAY)).isZero();
    assertThat(rows("SELECT 1 FROM market_data_ingests WHERE day = $1", HOLIDAY)).isEmpty();
    assertThat(nse.requests(MONDAY)).isEqualTo(2);
    job.stop();
  }

  @Test
  void aDayWhoseFileNeverComesIsRecordedNoFileAtTheEndOfTheEvening() throws Exception {
    LocalDate closure = LocalDate.of(2026, 11, 20);
    SimulatedClock clock = SimulatedClock.frozenAt(ist(closure, "16:00"));
    SteppedTimers timers = new SteppedTimers(clock);
    DailyIngestJob job = arm(new DailyIngestJob(vertx, pool, MarketDataSettings.fromConfig(config("a")), clock,
        calendar, timers));

    timers.runUntil(ist(closure, "22:30"));

    assertThat(nse.requests(closure)).isGreaterThan(30);
    assertThat(row("SELECT status FROM market_data_ingests WHERE day = $1", closure).getString("status"))
        .isEqualTo("no_file");
    job.stop();
  }

  @Test
  void twoNodesOnOneDatabaseIngestTheDayOnce() throws Exception {
    nse.publish(WEDNESDAY, BhavcopyZips.udiff(WEDNESDAY, List.of(Line.of("ACC", "EQ", "INE012A01025", "22", "2110",
        "2100", 10))));
    SimulatedClock clock = SimulatedClock.frozenAt(ist(WEDNESDAY, "16:00"));
    SteppedTimers timers = new SteppedTimers(clock);
    Pool otherNodePool = db.pool(vertx);
    DailyIngestJob first = arm(new DailyIngestJob(vertx, pool, MarketDataSettings.fromConfig(config("a")), clock,
        calendar, timers));
    DailyIngestJob second = arm(new DailyIngestJob(vertx, otherNodePool, MarketDataSettings.fromConfig(config("b")),
        clock, calendar, timers));

    timers.runUntil(ist(WEDNESDAY, "17:00"));

    assertThat(nse.requests(WEDNESDAY)).isEqualTo(1);
    assertThat(row("SELECT rows FROM market_data_ingests WHERE day = $1", WEDNESDAY).getInteger("rows")).isEqualTo(1);
    first.stop();
    second.stop();
    await(otherNodePool.close());
  }

  private DailyIngestJob arm(DailyIngestJob job) {
    // Armed on a Vert.x context, as the server does: the stepped timers fire each action on its context.
    await(Future.<Void>future(p -> vertx.getOrCreateContext().runOnContext(v -> {
      job.arm();
      p.complete();
    })));
    return job;
  }

  private static Instant ist(LocalDate day, String time) {
    return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(TradingClock.IST).toInstant();
  }
}
