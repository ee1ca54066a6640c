package in.neotrader.migration;

import in.neotrader.migration.store.Users;
import in.neotrader.migration.plan.ImportPlan;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that say which legacy tree is meant and whose it is: shared by import, validate and archive. */
final class LegacyTreeOptions {
  @Option(names = "--source", required = true, description = "legacy root (holds data/, analysis_results/, paper_trading/)")
  Path source;

  @Option(names = "--user", defaultValue = Users.DEFAULT_LIVE,
      description = "owner of the live data (default ${DEFAULT-VALUE}; created by import when missing)")
  String user;

  @Option(names = "--paper-user", defaultValue = Users.DEFAULT_PAPER,
      description = "owner of paper_trading/unified_service (default ${DEFAULT-VALUE})")
  String paperUser;

  @Option(names = "--paper-user-map", paramLabel = "FOLDER=EMAIL",
      description = {"owner of the paper account folder paper_trading/FOLDER (repeatable);",
          "unmapped folders: unified_service -> --paper-user, any other FOLDER -> legacy-paper-FOLDER@localhost"})
  Map<String, String> paperUserMap = new LinkedHashMap<>();

  @Option(names = "--host-zone", defaultValue = "Asia/Kolkata", description = "zone of naive legacy timestamps (default ${DEFAULT-VALUE})")
  ZoneId hostZone;

  /** Role -> email for every user of the plan (live, then each paper account folder). */
  Map<String, String> owners(ImportPlan plan) {
    return Owners.of(plan, Users.normalise(user), Users.normalise(paperUser), paperUserMap);
  }
}
