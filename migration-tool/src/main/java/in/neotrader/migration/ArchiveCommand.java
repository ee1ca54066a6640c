package in.neotrader.migration;

import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.store.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "archive", mixinStandardHelpOptions = true,
    description = {"Validates, and only when files and database match, moves the imported legacy files",
        "to <source>/data/archive/<timestamp>/ (so the old service cannot run on them by mistake)."})
final class ArchiveCommand extends DatabaseCommand {
  @Option(names = "--source", required = true, description = "legacy root")
  Path source;

  @Option(names = "--user", defaultValue = Users.DEFAULT_LIVE, description = "owner of the live data (default ${DEFAULT-VALUE})")
  String user;

  @Option(names = "--paper-user", defaultValue = Users.DEFAULT_PAPER, description = "owner of the paper data (default ${DEFAULT-VALUE})")
  String paperUser;

  @Option(names = "--host-zone", defaultValue = "Asia/Kolkata", description = "zone of naive legacy timestamps (default ${DEFAULT-VALUE})")
  ZoneId hostZone;

  @Override
  protected int run() throws Exception {
    int validation;
    try (MigrationDatabase db = openDatabase()) {
      validation = ValidateCommand.validate(db, source, Users.normalise(user), Users.normalise(paperUser), hostZone);
    }
    if (validation != ExitCode.OK) {
      System.out.println("Not archived: the files and the database differ.");
      return validation;
    }
    Path target = source.resolve("data/archive").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")));
    List<String> files = new ArrayList<>(List.of(LegacyTree.TRADES, LegacyTree.PENDING, LegacyTree.TRACKING, LegacyTree.PNL_DAILY,
        LegacyTree.PAPER_ORDERS, LegacyTree.PAPER_TRANSACTIONS, LegacyTree.PAPER_HOLDINGS, LegacyTree.PAPER_ACCOUNT,
        LegacyTree.PAPER_CONFIG));
    files.addAll(new LegacyTree(source, new in.neotrader.migration.legacy.Problems()).analysisFiles());
    for (String relative : files) {
      Path file = source.resolve(relative);
      if (Files.isRegularFile(file)) {
        Path to = target.resolve(relative);
        Files.createDirectories(to.getParent());
        Files.move(file, to);
        System.out.println("  archived " + relative);
      }
    }
    System.out.println("Archived to " + target);
    return ExitCode.OK;
  }
}
