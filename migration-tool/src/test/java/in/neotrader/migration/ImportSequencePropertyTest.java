package in.neotrader.migration;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.migration.ExpectedState.Account;
import in.neotrader.migration.RandomLegacyTree.Facts;
import in.neotrader.sql.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random legacy trees (strings for numbers, BOMs, bare arrays, repeated records, backup copies,
 * truncated and empty files, directories in place of files, broken records) imported in random
 * sequences (strict, --skip-invalid, --apply-updates, dry runs, repeats of earlier trees, rollbacks). After every
 * step: no broker order id twice, the orders, fills and positions equal what the accepted records
 * give (replayed by {@link ExpectedState}), validate's exit code says whether the tree and the
 * database agree, and a rollback restores the state before its batch exactly. Each case has a
 * fixed seed, printed with every failure: {@code -Dlegacy.seed=N} runs just that one, {@code -Dlegacy.cases=N}
 * runs more cases than the suite's bounded number.
 */
class ImportSequencePropertyTest {
  private static final int CASES = 12;
  private static final int STEPS = 7;

  @TempDir
  Path dir;

  static LongStream seeds() {
    String one = System.getProperty("legacy.seed");
    int cases = Integer.getInteger("legacy.cases", CASES);
    return one != null ? LongStream.of(Long.parseLong(one)) : LongStream.range(0, cases).map(i -> 15_000 + i * 7919);
  }

  /** A committed batch: the database and the expectation before it, for its rollback. */
  private record Committed(String before, ExpectedState expected) {
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyImportSequenceKeepsTheDatabaseEqualToTheAcceptedRecords(long seed) throws Exception {
    Random random = new Random(seed);
    TestDatabase db = TestDatabase.create();
    Tool tool = new Tool(db, dir.resolve("reports"));
    LegacyUniverse universe = new LegacyUniverse(random);
    ExpectedState expected = new ExpectedState();
    Deque<Committed> committed = new ArrayDeque<>();
    List<Facts> trees = new ArrayList<>();
    List<String> log = new ArrayList<>();
    for (int step = 0; step < STEPS + 1; step++) {
      int roll = random.nextInt(20);
      if (step == STEPS || (roll < 4 && !committed.isEmpty())) {
        if (committed.isEmpty()) {
          break;
        }
        Committed last = committed.pop();
        log.add("rollback");
        assertThat(tool.run("rollback", "--batch", String.valueOf(lastCommittedBatch(tool)))).as(story(seed, log)).isZero();
        assertThat(snapshot(db)).as(story(seed, log) + ": the state before the batch").isEqualTo(last.before());
        expected = last.expected();
      } else {
        Facts tree = roll < 7 && !trees.isEmpty() ? trees.get(random.nextInt(trees.size()))
            : RandomLegacyTree.write(universe, random, dir.resolve("tree" + step));
        trees.add(tree);
        boolean skipInvalid = random.nextBoolean();
        boolean dryRun = roll == 19;
        // the universe's records keep their state from copy to copy: asking to apply updates must change nothing
        boolean applyUpdates = random.nextInt(3) == 0;
        log.add((dryRun ? "dry run " : "import ") + (skipInvalid ? "--skip-invalid " : "") + (applyUpdates ? "--apply-updates " : "")
            + tree.root().getFileName()
            + (tree.clean() ? " (clean" : " (dirty") + (tree.oddities().isEmpty() ? "" : ": " + tree.oddities()) + ")");
        String before = snapshot(db);
        List<String> args = new ArrayList<>(List.of("--source", tree.root().toString()));
        if (skipInvalid) {
          args.add("--skip-invalid");
        }
        if (dryRun) {
          args.add("--dry-run");
        }
        if (applyUpdates) {
          args.add("--apply-updates");
        }
        int exit = tool.run("import", args.toArray(String[]::new));
        boolean commits = !dryRun && (skipInvalid || tree.clean());
        assertThat(exit).as(story(seed, log) + ": exit code").isEqualTo(skipInvalid || tree.clean() ? 0 : 4);
        if (commits) {
          committed.push(new Committed(before, expected.copy()));
          expected.commit(tree);
        } else {
          assertThat(snapshot(db)).as(story(seed, log) + ": nothing written").isEqualTo(before);
        }
        assertThat(tool.run("validate", "--source", tree.root().toString())).as(story(seed, log) + ": validate")
            .isEqualTo(expected.sameAs(tree) ? 0 : 4);
      }
      assertMatches(tool, db, expected, story(seed, log));
    }
  }

  private static String story(long seed, List<String> log) {
    return "seed " + seed + " (-Dlegacy.seed=" + seed + "), after: " + String.join("; ", log);
  }

  /** No broker id twice; per user the orders, broker ids, fills, positions and paper account the accepted records give. */
  private static void assertMatches(Tool tool, TestDatabase db, ExpectedState expected, String story) throws SQLException {
    assertThat(tool.count("SELECT count(*) FROM (SELECT user_id, broker_order_id FROM orders WHERE broker_order_id IS NOT NULL"
        + " GROUP BY 1, 2 HAVING count(*) > 1) d")).as(story + ": broker ids held twice").isZero();
    List<String> emails = new ArrayList<>(List.of(RandomLegacyTree.LIVE));
    LegacyUniverse.PAPER_FOLDERS.forEach(f -> emails.add(RandomLegacyTree.paperEmail(f)));
    try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
      for (String email : emails) {
        Account a = expected.user(email);
        String who = story + ": " + email;
        assertThat(strings(c, "SELECT count(*)::text FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = ?", email))
            .as(who + " orders").containsExactly(String.valueOf(a.orderKeys.size()));
        assertThat(strings(c, "SELECT broker_order_id FROM orders o JOIN users u ON u.id = o.user_id WHERE u.email = ?"
            + " AND broker_order_id IS NOT NULL ORDER BY 1", email)).as(who + " broker ids")
            .containsExactlyElementsOf(a.brokerIds.keySet().stream().sorted().toList());
        assertThat(fills(c, email)).as(who + " fills").containsExactlyElementsOf(ExpectedState.fillLines(a.fills.values()));
        assertThat(positions(c, email)).as(who + " positions").containsExactlyElementsOf(ExpectedState.positions(a.fills.values()));
        assertThat(strings(c, "SELECT count(*)::text FROM paper_accounts p JOIN users u ON u.id = p.user_id WHERE u.email = ?",
            email)).as(who + " paper account").containsExactly(a.paperAccount ? "1" : "0");
      }
    }
  }

  private static List<String> fills(Connection c, String email) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT o.symbol, o.side, f.quantity, f.price, f.charges, f.filled_at FROM fills f"
        + " JOIN orders o ON o.id = f.order_id JOIN users u ON u.id = f.user_id WHERE u.email = ?")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(ExpectedState.fillLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
              rs.getTimestamp(6).toInstant()));
        }
      }
    }
    return lines.stream().sorted().toList();
  }

  private static List<String> positions(Connection c, String email) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT p.symbol, p.quantity, p.average_price, p.realised_pnl, p.fees,"
        + " p.opened_at, p.closed_at FROM positions p JOIN users u ON u.id = p.user_id WHERE u.email = ?")) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(ExpectedState.position(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
              rs.getBigDecimal(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
        }
      }
    }
    return lines.stream().sorted().toList();
  }

  private static List<String> strings(Connection c, String sql, String email) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, email);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
    }
    return values;
  }

  private static long lastCommittedBatch(Tool tool) {
    return tool.count("SELECT max(id) FROM migration_batches WHERE status = 'committed'");
  }

  /** Every row of every table an import writes, as text: equal snapshots are equal states. */
  private static String snapshot(TestDatabase db) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl())) {
      for (String table : List.of("users", "orders", "fills", "positions", "paper_accounts", "user_trading_config", "signals",
          "tracked_symbols", "daily_pnl")) {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY"
            + " to_jsonb(t)::text), '') FROM " + table + " t"); ResultSet rs = s.executeQuery()) {
          rs.next();
          all.append(table).append(":\n").append(rs.getString(1)).append('\n');
        }
      }
    }
    return all.toString();
  }
}
