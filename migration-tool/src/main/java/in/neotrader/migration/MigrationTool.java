package in.neotrader.migration;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar migration-tool.jar <command>}: legacy files into the database, and back. */
@Command(name = "migration-tool", mixinStandardHelpOptions = true, version = "migration-tool 0.1",
    description = "Moves the legacy trading files (JSON/CSV) into the database and back.",
    subcommands = {ImportCommand.class, ValidateCommand.class, RollbackCommand.class, ExportCommand.class,
        ArchiveCommand.class, ReassignCommand.class, BenchmarkCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 unexpected error, 2 bad usage or configuration, 3 database unavailable,",
        "4 validation found differences (validate, archive) or the legacy files hold rejected records (import)."})
public final class MigrationTool implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new MigrationTool()).execute(args));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import, validate, rollback, export, archive, reassign, benchmark");
  }
}
