package in.neotrader.sql.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.sql.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {
  private final TestDatabase db = TestDatabase.create();

  @Test
  void everyUserDataTableHasAUserForeignKey() throws SQLException {
    List<String> userTables = List.of("user_settings", "user_trading_config", "service_status", "service_task_execution",
        "service_logs", "orders", "fills", "positions", "signals", "tracked_symbols", "daily_pnl", "paper_accounts",
        "refresh_tokens", "watchlist");
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
      for (String table : userTables) {
        assertThat(foreignKeyTargets(c, table)).as(table).contains("users");
      }
    }
  }

  @Test
  void enumColumnsRefuseUnknownValues() {
    db.execute("INSERT INTO users (email, password_hash) VALUES ('a@example.com', 'x')");
    assertThatThrownBy(() -> db.execute("INSERT INTO service_logs (user_id, level, message) "
        + "SELECT id, 'LOUD', 'm' FROM users")).hasMessageContaining("service_logs_level_check");
    assertThatThrownBy(() -> db.execute("INSERT INTO user_settings (user_id, trade_mode) "
        + "SELECT id, 'broker' FROM users")).hasMessageContaining("user_settings_check");
  }

  @Test
  void migratingTwiceAppliesNothingNew() {
    assertThat(SchemaMigrator.migrate(db.jdbcUrl(), "postgres", "").migrationsExecuted).isZero();
  }

  private static List<String> foreignKeyTargets(Connection c, String table) throws SQLException {
    List<String> targets = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getImportedKeys(null, "public", table)) {
      while (rs.next()) {
        targets.add(rs.getString("PKTABLE_NAME"));
      }
    }
    return targets;
  }
}
