package in.neotrader.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.LegacyPlanner;
import in.neotrader.migration.store.BatchImport;
import in.neotrader.migration.store.MigrationDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Imports a legacy tree as one batch (one transaction).",
        "Strict by default: any rejected record or unparseable file writes nothing and exits 4."})
final class ImportCommand extends DatabaseCommand {
  @Mixin
  LegacyTreeOptions tree;

  @Option(names = "--dry-run", description = "read, check and report; write nothing")
  boolean dryRun;

  @Option(names = "--skip-invalid", description = "import the valid records; rejected ones go to the quarantine file")
  boolean skipInvalid;

  @Option(names = "--apply-updates", description = {"a record an earlier batch imported that changed since (an order now filled,",
      "cancelled, ...) updates the stored order where its state may move so; each update is reported, and the",
      "rollback of this batch restores the row (default: reported as a warning, not applied)"})
  boolean applyUpdates;

  @Option(names = "--validate", description = {"after a committed import, compare the files with the database as validate does",
      "(exit 4 when they differ), reusing this run's reading of the files when none changed since"})
  boolean validate;

  @Option(names = "--report-dir", defaultValue = "migration-reports", description = "where reports go (default ${DEFAULT-VALUE})")
  Path reportDir;

  @Override
  protected int run() throws Exception {
    if (dryRun && validate) {
      throw new IllegalArgumentException("--validate compares a committed import with the files; a --dry-run commits nothing");
    }
    if (!Files.isDirectory(tree.source)) {
      throw new IllegalArgumentException("--source " + tree.source + " is not a directory");
    }
    long started = System.nanoTime();
    ImportPlan plan = LegacyPlanner.plan(tree.source, tree.hostZone);
    if (plan.tree.checksums().isEmpty()) {
      throw new IllegalArgumentException("--source " + tree.source + " holds no legacy file (data/, paper_trading/,"
          + " analysis_results/); nothing to import");
    }
    Map<String, String> owners = tree.owners(plan);
    String stamp = LocalDateTime.now(Timestamps.IST).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    if (!dryRun && !skipInvalid && !plan.problems().rejections().isEmpty()) {
      return refused(plan, stamp, started, null);
    }
    try (MigrationDatabase db = openDatabase()) {
      BatchImport.Result result;
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName(dryRun ? "Trying" : "Writing").setInitialMax(BatchImport.rows(plan))
          .setUnit(" rows", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).build()) {
        result = BatchImport.run(db.connection(), plan, owners, bar::stepBy, new BatchImport.Mode(!skipInvalid, dryRun, applyUpdates));
      }
      boolean rejected = !plan.problems().rejections().isEmpty();
      if (dryRun) {
        ObjectNode report = ImportReport.json(plan, "dry run, nothing written", null, null);
        report.set("rows_would_write", result.counts());
        return finish(report, plan, stamp, rejected && !skipInvalid ? ExitCode.DIFFERENCES : ExitCode.OK, started);
      }
      if (!result.committed()) {
        return refused(plan, stamp, started, db);
      }
      ObjectNode report = ImportReport.json(plan, rejected ? "committed without the rejected records" : "committed",
          result.batchId(), result.counts());
      int exitCode = finish(report, plan, stamp, ExitCode.OK, started);
      return validate ? ValidateCommand.validateImported(db, tree, plan) : exitCode;
    }
  }

  /** A strict import met rejected records: nothing is written but the failed batch row with its report. */
  private int refused(ImportPlan plan, String stamp, long started, MigrationDatabase open) throws Exception {
    ObjectNode report = ImportReport.json(plan,
        "refused: rejected records, nothing written (use --skip-invalid to import the rest)", null, null);
    if (open != null) {
      report.put("batch", BatchImport.recordFailed(open.connection(), plan, report));
    } else {
      try (MigrationDatabase db = openDatabase()) {
        report.put("batch", BatchImport.recordFailed(db.connection(), plan, report));
      }
    }
    return finish(report, plan, stamp, ExitCode.DIFFERENCES, started);
  }

  private int finish(ObjectNode report, ImportPlan plan, String stamp, int exitCode, long started) throws Exception {
    long records = plan.recordsRead.values().stream().mapToLong(Integer::longValue).sum();
    double seconds = (System.nanoTime() - started) / 1e9;
    report.put("seconds", Math.round(seconds * 1000) / 1000.0);
    report.put("records_per_second", Math.round(records / Math.max(seconds, 1e-3)));
    System.out.print(ImportReport.text(report));
    System.out.printf("%d records in %.1f s (%d records/s)%n", records, seconds, Math.round(records / Math.max(seconds, 1e-3)));
    Path written = ImportReport.write(reportDir, stamp, report, plan.problems());
    System.out.println("Report: " + written + " (and .json" + (plan.problems().quarantined().isEmpty() ? "" : ", .quarantine.json") + ")");
    return exitCode;
  }
}
