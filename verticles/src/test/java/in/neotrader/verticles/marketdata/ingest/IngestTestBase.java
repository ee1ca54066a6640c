package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.sql.testing.DatabaseTest;
import in.neotrader.verticles.marketdata.fake.FakeNseArchives;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A migrated database, a fake NSE on 127.0.0.1 and settings pointing the ingest at it (cache in target/). */
abstract class IngestTestBase extends DatabaseTest {
  protected FakeNseArchives nse;

  @BeforeAll
  void startFake() {
    nse = await(FakeNseArchives.start(vertx));
  }

  @AfterAll
  void stopFake() {
    await(nse.stop());
  }

  /** Configuration for one node: its own data directory (so one node's cache never hides another's fetch). */
  protected JsonObject config(String node) {
    try {
      Path dataDir = Files.createDirectories(Path.of("target", "ingest-" + getClass().getSimpleName() + "-" + node
          + "-" + System.nanoTime()));
      return new JsonObject().put("DATA_DIR", dataDir.toString()).put("NSE_ARCHIVES_URL", nse.url())
          .put("NSE_ARCHIVES_LEGACY_URL", nse.url()).put("FETCH_ATTEMPTS", 3).put("FETCH_BACKOFF_MILLIS", 5);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  protected MarketDataSettings settings() {
    return MarketDataSettings.fromConfig(config("a"));
  }

  protected List<Row> rows(String sql, Object... params) {
    List<Row> out = new ArrayList<>();
    await(pool.preparedQuery(sql).execute(Tuple.from(params))).forEach(out::add);
    return out;
  }

  protected Row row(String sql, Object... params) {
    List<Row> all = rows(sql, params);
    if (all.size() != 1) {
      throw new AssertionError("expected one row of " + sql + ", got " + all.size());
    }
    return all.get(0);
  }
}
