package in.neotrader.sql.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** Values written in COPY's binary form come back from PostgreSQL as they were, to the digit and the scale. */
class BinaryCopyRowsTest extends DatabaseTest {
  private static final List<String> NUMBERS = List.of("0", "0.00", "0.0001", "0.05", "1", "7.0005", "100.00",
      "9999", "10000", "10000.0001", "12345678.9012", "-3.5", "-0.0001", "123456789012345678901234567890.123456789",
      "1E+3", "0.00000000012345", "2950.40");
  private static final List<String> TEXTS = List.of("SBIN", "", "ODD\\NA\tME\nX", "ஜ நிறுவனம்", "M&M");
  private static final List<LocalDate> DAYS = List.of(LocalDate.of(2000, 1, 1), LocalDate.of(1999, 12, 31),
      LocalDate.of(2024, 7, 5), LocalDate.of(1970, 1, 1), LocalDate.of(2099, 12, 31));

  @Test
  void numbersDatesTextsCountsAndNullsComeBackAsWritten() throws Exception {
    List<String> numbersBack = new ArrayList<>();
    List<String> textsBack = new ArrayList<>();
    List<LocalDate> daysBack = new ArrayList<>();
    List<Long> countsBack = new ArrayList<>();
    try (Connection jdbc = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
      jdbc.createStatement().execute("CREATE TEMP TABLE t (n bigint, v numeric, s text, d date, c bigint)");
      BinaryCopyRows rows = new BinaryCopyRows(jdbc.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY t FROM STDIN WITH (FORMAT binary)"));
      for (int i = 0; i < NUMBERS.size(); i++) {
        rows.row(5).int8(i).numeric(new BigDecimal(NUMBERS.get(i))).text(TEXTS.get(i % TEXTS.size()))
            .date(DAYS.get(i % DAYS.size())).int8(i % 2 == 0 ? Long.MAX_VALUE - i : -i);
      }
      rows.row(5).int8(NUMBERS.size()).numeric(null).text("").date(DAYS.get(0)).int8(0);
      assertThat(rows.finish()).isEqualTo(NUMBERS.size() + 1);
      ResultSet r = jdbc.createStatement().executeQuery("SELECT v::text, s, d, c FROM t ORDER BY n");
      while (r.next()) {
        numbersBack.add(r.getString(1));
        textsBack.add(r.getString(2));
        daysBack.add(r.getObject(3, LocalDate.class));
        countsBack.add(r.getLong(4));
      }
    }

    List<String> expected = new ArrayList<>(NUMBERS.stream().map(n -> new BigDecimal(n).scale() < 0
        ? new BigDecimal(n).setScale(0).toPlainString() : new BigDecimal(n).toPlainString()).toList());
    expected.add(null);
    assertThat(numbersBack).isEqualTo(expected);
    for (int i = 0; i < NUMBERS.size(); i++) {
      assertThat(textsBack.get(i)).isEqualTo(TEXTS.get(i % TEXTS.size()));
      assertThat(daysBack.get(i)).isEqualTo(DAYS.get(i % DAYS.size()));
      assertThat(countsBack.get(i)).isEqualTo(i % 2 == 0 ? Long.MAX_VALUE - i : -i);
    }
  }

  @Test
  void aPriceBeyondTheColumnsPrecisionFailsTheCopy() throws Exception {
    try (Connection jdbc = DriverManager.getConnection(db.jdbcUrl(), "postgres", "")) {
      jdbc.createStatement().execute("CREATE TEMP TABLE p (v numeric(14,4))");
      BinaryCopyRows rows = new BinaryCopyRows(jdbc.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY p FROM STDIN WITH (FORMAT binary)"));
      rows.row(1).numeric(new BigDecimal("123456789012.5"));
      assertThatThrownBy(rows::finish).isInstanceOf(SQLException.class).hasMessageContaining("numeric field overflow");
    }
  }
}
