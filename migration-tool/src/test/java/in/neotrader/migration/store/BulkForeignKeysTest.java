package in.neotrader.migration.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.sql.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-batch foreign key check finds what the per-row triggers would have refused. */
class BulkForeignKeysTest {
  private static final List<String> FILL_COLUMNS = List.of("order_id", "user_id", "quantity", "price", "filled_at", "legacy_ref",
      "migration_batch_id");

  @Test
  void aFillWhoseOrderDoesNotExistFailsTheBatchAndAGoodOnePasses() throws SQLException {
    TestDatabase db = TestDatabase.create();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
      c.setAutoCommit(false);
      long batch = Batches.start(c, "import", "/legacy", Map.of());
      long user = scalar(c, "INSERT INTO users (email, password_hash) VALUES ('fk-check@localhost', '!') RETURNING id");
      long order = scalar(c, "INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety, status,"
          + " placed_at, source) VALUES (" + user + ", 'o1', 'ABC', 'BUY', 1, 'MARKET', 'AMO', 'FILLED', now(), 'migrated')"
          + " RETURNING id");
      BulkForeignKeys bulk = BulkForeignKeys.forTables(c, List.of("orders", "fills", "positions"));
      assertThat(bulk).as("the test database session is a superuser").isNotNull();

      bulk.begin();
      CopyWriter.copy(c, "fills", FILL_COLUMNS, List.of(order), id -> new Object[] {id, user, 1, BigDecimal.ONE, Instant.now(),
          "legacy:good", batch}, n -> { });
      bulk.verify(batch, user);

      bulk.begin();
      CopyWriter.copy(c, "fills", FILL_COLUMNS, List.of(order + 1_000_000), id -> new Object[] {id, user, 1, BigDecimal.ONE,
          Instant.now(), "legacy:bad", batch}, n -> { });
      assertThatThrownBy(() -> bulk.verify(batch, user)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 fills rows").hasMessageContaining("order_id -> orders");
      c.rollback();
    }
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
