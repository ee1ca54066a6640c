package in.neotrader.migration;

import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.legacy.PaperFolders;
import in.neotrader.migration.store.MigrationDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "archive", mixinStandardHelpOptions = true,
    description = {"Validates, and only when files and database match, moves the imported legacy files",
        "to <source>/data/archive/<timestamp>/ (so the old service cannot run on them by mistake)."})
final class ArchiveCommand extends DatabaseCommand {
  @Mixin
  LegacyTreeOptions tree;

  @Override
  protected int run() throws Exception {
    int validation;
    try (MigrationDatabase db = openDatabase()) {
      validation = ValidateCommand.validate(db, tree);
    }
    if (validation != ExitCode.OK) {
      System.out.println("Not archived: the files and the database differ.");
      return validation;
    }
    Path target = tree.source.resolve("data/archive").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")));
    List<String> files = new ArrayList<>(List.of(LegacyTree.TRADES, LegacyTree.PENDING, LegacyTree.TRACKING, LegacyTree.PNL_DAILY));
    for (String account : PaperFolders.scan(tree.source).accounts()) {
      PaperFolders.FILES.stream().sorted().forEach(name -> files.add(PaperFolders.file(account, name)));
    }
    files.addAll(new LegacyTree(tree.source, new in.neotrader.migration.legacy.Problems()).analysisFiles());
    for (String relative : files) {
      Path file = tree.source.resolve(relative);
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
