package in.neotrader.migration;

import in.neotrader.migration.store.Users;
import java.nio.file.Path;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** The options that say which legacy tree is meant and whose it is: shared by import, validate and archive. */
final class LegacyTreeOptions {
  @Option(names = "--source", required = true, description = "legacy root (holds data/, analysis_results/, paper_trading/)")
  Path source;

  @Option(names = "--user", defaultValue = Users.DEFAULT_LIVE,
      description = "owner of the live data (default ${DEFAULT-VALUE}; created by import when missing)")
  String user;

  @Option(names = "--paper-user", defaultValue = Users.DEFAULT_PAPER, description = "owner of the paper account (default ${DEFAULT-VALUE})")
  String paperUser;

  @Option(names = "--host-zone", defaultValue = "Asia/Kolkata", description = "zone of naive legacy timestamps (default ${DEFAULT-VALUE})")
  ZoneId hostZone;

  String liveEmail() {
    return Users.normalise(user);
  }

  String paperEmail() {
    return Users.normalise(paperUser);
  }
}
