package in.neotrader.migration.benchmark;

import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.LegacyPlanner;
import in.neotrader.migration.store.BatchImport;
import in.neotrader.migration.store.MigrationDatabase;
import in.neotrader.migration.validation.Comparison;
import java.nio.file.Path;

/** Generate, import, validate, and set the time against the COPY yardstick. Prints the figures. */
public final class Benchmark {
  private Benchmark() {
  }

  public static int run(MigrationDatabase db, Path legacy, int records) throws Exception {
    long t0 = System.nanoTime();
    LegacyTreeGenerator.generate(legacy, records);
    System.out.printf("generated %d records in %s (%.1f s)%n", records, legacy, secs(t0));
    String run = String.valueOf(System.currentTimeMillis());
    String live = "bench-" + run + "@localhost";
    String paper = "bench-paper-" + run + "@localhost";
    // the generated tree has the live files and paper_trading/unified_service only
    java.util.Map<String, String> owners = java.util.Map.of("live", live, "paper", paper);

    CpuClock cpu = CpuClock.of(db.connection());
    double[] c1 = cpu.now();
    long t1 = System.nanoTime();
    ImportPlan plan = LegacyPlanner.plan(legacy, Timestamps.IST);
    double readSeconds = secs(t1);
    double[] c2 = cpu.now();
    long t2 = System.nanoTime();
    BatchImport.Result result = BatchImport.run(db.connection(), plan, owners, n -> { },
        new BatchImport.Mode(false, false, false));
    double writeSeconds = secs(t2);
    double importSeconds = secs(t1);
    double[] c3 = cpu.now();
    if (!plan.problems().rejections().isEmpty()) {
      throw new IllegalStateException("generated tree has rejected records: " + plan.problems().rejections().get(0));
    }

    // as `import --validate` does: the import's reading once the files are found unchanged since (checksums, listing)
    long t3 = System.nanoTime();
    ImportPlan current = LegacyPlanner.again(plan);
    Comparison comparison = new Comparison(db.connection());
    comparison.compare(current, owners);
    db.connection().rollback();
    double validateSeconds = secs(t3);
    double[] c4 = cpu.now();

    double[] copyCpu = new double[2];
    double copySeconds = CopyBaseline.nanos(db.connection(), result.batchId(), cpu, copyCpu) / 1e9;
    long rows = result.counts().path("orders").asLong() + result.counts().path("fills").asLong()
        + result.counts().path("positions").asLong();
    System.out.printf("import:   %.1f s (read+plan %.1f s, write %.1f s) = %.0f records/s; rows written %s%n",
        importSeconds, readSeconds, writeSeconds, records / importSeconds, result.counts());
    System.out.println("          read+plan " + CpuClock.since(c1, c2) + "; write " + CpuClock.since(c2, c3));
    System.out.printf("validate: %.1f s, %d differences (%s); %s%n", validateSeconds, comparison.differences().size(),
        current == plan ? "files unchanged since the import: its reading compared" : "files read again", CpuClock.since(c3, c4));
    System.out.printf("COPY of the same %d rows: %.1f s; %s%n", rows, copySeconds, CpuClock.since(new double[2], copyCpu));
    System.out.printf("import + validate: %.1f s = %.0f records/s; import / COPY = %.2fx, (import + validate) / COPY = %.2fx%n",
        importSeconds + validateSeconds, records / (importSeconds + validateSeconds), importSeconds / copySeconds,
        (importSeconds + validateSeconds) / copySeconds);
    System.out.println("batch " + result.batchId() + " (remove with: rollback --batch " + result.batchId() + ")");
    return comparison.differences().isEmpty() ? 0 : 4;
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
