package in.neotrader.migration;

import in.neotrader.migration.benchmark.Benchmark;
import in.neotrader.migration.store.MigrationDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", mixinStandardHelpOptions = true,
    description = {"Generates a synthetic legacy tree, times import + validate and compares with a bulk COPY of the same rows.",
        "Uses its own users (bench-<time>@localhost), so it can run against any database; point --data-dir at a scratch directory."})
final class BenchmarkCommand extends DatabaseCommand {
  @Option(names = "--records", defaultValue = "1000000", description = "legacy records to generate (default ${DEFAULT-VALUE})")
  int records;

  @Option(names = "--work", defaultValue = "target/benchmark", description = "where the legacy tree is generated (default ${DEFAULT-VALUE})")
  Path work;

  @Override
  protected int run() throws Exception {
    try (MigrationDatabase db = openDatabase()) {
      return Benchmark.run(db, work.resolve("legacy"), records);
    }
  }
}
