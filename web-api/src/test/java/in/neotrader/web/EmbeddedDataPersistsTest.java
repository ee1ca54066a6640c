package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run: the embedded PostgreSQL keeps its data in DATA_DIR/pg between starts. */
class EmbeddedDataPersistsTest {
  @TempDir
  Path dataDir;

  @Test
  void aRowWrittenBeforeAStopIsThereAfterTheNextStart() {
    Vertx vertx = Vertx.vertx();
    try {
      TradingServer first = Await.result(TradingServer.start(vertx, config()));
      assertThat(first.database().embedded()).isTrue();
      assertThat(first.database().freshlyCreated()).isTrue();
      Await.result(first.database().pool().preparedQuery("INSERT INTO users (email, password_hash) VALUES ($1, 'x')")
          .execute(Tuple.of("kept@example.com")));
      Await.result(first.stop());

      TradingServer second = Await.result(TradingServer.start(vertx, config()));
      assertThat(second.database().freshlyCreated()).isFalse();
      long count = Await.result(second.database().pool().preparedQuery("SELECT count(*) FROM users WHERE email = $1")
          .execute(Tuple.of("kept@example.com"))).iterator().next().getLong(0);
      Await.result(second.stop());
      assertThat(count).isEqualTo(1);
    } finally {
      Await.result(vertx.close());
    }
  }

  private JsonObject config() {
    return new JsonObject().put("DATA_DIR", dataDir.toString()).put("DB_URL", "").put("EMBEDDED_PG_PORT", 0)
        .put("HTTP_HOST", "127.0.0.1").put("HTTP_PORT", 0).put("MARKET_DATA_INGEST", false);
  }
}
