package in.neotrader.verticles.marketdata.universe;

import in.neotrader.core.marketdata.Universe;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.watchlist.WatchlistRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/** The analysis universe of the stored-data tests: a default list of the given symbols plus each watchlist. */
public final class TestUniverses {
  private TestUniverses() {
  }

  public static DefaultUniverse defaults(String... symbols) {
    return new DefaultUniverse("TEST", LocalDate.of(2025, 1, 1), List.of(symbols), "test");
  }

  public static LongFunction<Future<Universe>> of(Pool pool, String... symbols) {
    return new AnalysisUniverse(defaults(symbols), new WatchlistRepository(pool), new DailyCandleReads(pool))::of;
  }
}
