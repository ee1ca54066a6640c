package in.neotrader.migration;

import in.neotrader.migration.exporting.LegacyExport;
import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.store.Users;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the legacy file layout back from the database (the way back to the old service).")
final class ExportCommand extends DatabaseCommand {
  @Option(names = "--user", defaultValue = Users.DEFAULT_LIVE, description = "user whose data becomes data/ (default ${DEFAULT-VALUE})")
  String user;

  @Option(names = "--paper-user", defaultValue = Users.DEFAULT_PAPER, description = "user whose data becomes paper_trading/unified_service (default ${DEFAULT-VALUE})")
  String paperUser;

  @Option(names = "--out", required = true, description = "directory to write the legacy layout into")
  Path out;

  @Override
  protected int run() throws Exception {
    try (MigrationDatabase db = openDatabase()) {
      LegacyExport export = new LegacyExport(db.connection(), out);
      Optional<Long> live = Users.find(db.connection(), user);
      Optional<Long> paper = Users.find(db.connection(), paperUser);
      if (live.isEmpty() && paper.isEmpty()) {
        throw new IllegalArgumentException("neither " + user + " nor " + paperUser + " exists");
      }
      if (live.isPresent()) {
        export.live(live.get());
      }
      if (paper.isPresent()) {
        export.paper(paper.get());
      }
      db.connection().rollback();
      export.written().forEach((file, n) -> System.out.printf("  %-60s %8d records%n", file, n));
      System.out.println("Exported to " + out.toAbsolutePath());
      return ExitCode.OK;
    }
  }
}
