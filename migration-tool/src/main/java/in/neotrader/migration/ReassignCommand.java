package in.neotrader.migration;

import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.store.Users;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reassign", mixinStandardHelpOptions = true,
    description = "Moves every row of an import batch to another (existing or new) user.")
final class ReassignCommand extends DatabaseCommand {
  private static final List<String> TABLES = List.of("orders", "fills", "positions", "signals", "tracked_symbols", "daily_pnl",
      "paper_accounts", "user_trading_config");

  @Option(names = "--batch", required = true, description = "migration batch id")
  long batch;

  @Option(names = "--to", required = true, description = "email of the new owner (created with an unusable password when missing)")
  String to;

  @Override
  protected int run() throws Exception {
    try (MigrationDatabase db = openDatabase()) {
      Connection c = db.connection();
      try {
        long userId = Users.findOrCreate(c, to, null, batch);
        for (String table : TABLES) {
          try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET user_id = ? WHERE migration_batch_id = ?")) {
            s.setLong(1, userId);
            s.setLong(2, batch);
            System.out.printf("%-20s %8d rows%n", table, s.executeUpdate());
          }
        }
        c.commit();
      } catch (Exception e) {
        c.rollback();
        throw e;
      }
      return ExitCode.OK;
    }
  }
}
