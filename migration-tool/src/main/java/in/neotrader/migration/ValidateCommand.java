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
    return compare(db, tree, LegacyPlanner.plan(tree.source, tree.hostZone), started);
  }

  /** Right after an import in this run: its reading of the files when no file changed since, else a new one. */
  static int validateImported(MigrationDatabase db, LegacyTreeOptions tree, ImportPlan imported) throws Exception {
    long started = System.nanoTime();
    ImportPlan plan = LegacyPlanner.again(imported);
    System.out.println(plan == imported ? "Validate: no file changed since the import read them; comparing that reading"
        : "Validate: files changed since the import read them; reading them again");
    return compare(db, tree, plan, started);
  }

  private static int compare(MigrationDatabase db, LegacyTreeOptions tree, ImportPlan plan, long started) throws Exception {
    Path source = tree.source;
    Comparison comparison = new Comparison(db.connection());
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
