package in.neotrader.migration;

import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.LegacyPlanner;
import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.validation.Comparison;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Compares the legacy files with the database record by record.", "Exit 0 when they match, 4 when they differ."})
final class ValidateCommand extends DatabaseCommand {
  @Mixin
  LegacyTreeOptions tree;

  @Override
  protected int run() throws Exception {
    try (MigrationDatabase db = openDatabase()) {
      return validate(db, tree);
    }
  }

  static int validate(MigrationDatabase db, LegacyTreeOptions tree) throws Exception {
    long started = System.nanoTime();
    Path source = tree.source;
    Comparison comparison = new Comparison(db.connection());
    ImportPlan plan = LegacyPlanner.plan(source, tree.hostZone);
    comparison.compare(plan, tree.owners(plan));
    db.connection().rollback();
    comparison.matched().forEach(m -> System.out.println("  ok   " + m));
    // Sorted: stored rows stream in physical order, which an update or vacuum changes between runs.
    comparison.differences().stream().sorted().forEach(d -> System.out.println("  DIFF " + d));
    System.out.printf("Validate %s: %d differences (%.1f s)%n", source, comparison.differences().size(),
        (System.nanoTime() - started) / 1e9);
    return comparison.differences().isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
  }
}
