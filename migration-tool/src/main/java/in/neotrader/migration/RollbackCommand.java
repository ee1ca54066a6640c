package in.neotrader.migration;

import in.neotrader.migration.store.BatchRollback;
import in.neotrader.migration.store.MigrationDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rollback", mixinStandardHelpOptions = true,
    description = "Removes exactly what one import batch wrote (and restores rows it updated).")
final class RollbackCommand extends DatabaseCommand {
  @Option(names = "--batch", required = true, description = "migration batch id (see the import report)")
  long batch;

  @Override
  protected int run() throws Exception {
    try (MigrationDatabase db = openDatabase()) {
      System.out.println("Rolled back batch " + batch + ": " + BatchRollback.run(db.connection(), batch).toPrettyString());
      return ExitCode.OK;
    }
  }
}
