package in.neotrader.sql.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.Test;

class ColumnsTest extends DatabaseTest {
  private static final Columns PAIR = Columns.of("id", "symbol");

  private Row row(String sql) {
    return await(pool.query(sql).execute()).iterator().next();
  }

  @Test
  void aRowWithTheColumnsFromAPositionIsReadFromThere() {
    Row r = row("SELECT 7 AS lease_user, 42 AS id, 'TCS' AS symbol");

    int c = PAIR.at(r, 1);
    assertThat(r.getInteger(c)).isEqualTo(42);
    assertThat(r.getString(c + 1)).isEqualTo("TCS");
    assertThat(PAIR.list()).isEqualTo("id, symbol");
    assertThat(PAIR.of("o")).isEqualTo("o.id, o.symbol");
  }

  @Test
  void aStatementSelectingOtherColumnsFailsInsteadOfMappingOneFieldFromAnother() {
    assertThatThrownBy(() -> PAIR.at(row("SELECT 'TCS' AS symbol, 42 AS id"), 0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id, symbol");
    assertThatThrownBy(() -> PAIR.at(row("SELECT 42 AS id, 'TCS' AS trading_symbol"), 0))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PAIR.at(row("SELECT 42 AS id"), 0)).isInstanceOf(IllegalStateException.class);
  }
}
