package in.neotrader.migration;

import picocli.CommandLine.Command;

@Command(name = "benchmark", mixinStandardHelpOptions = true, description = "placeholder")
final class BenchmarkCommand extends DatabaseCommand {
  @Override
  protected int run() {
    return 0;
  }
}
