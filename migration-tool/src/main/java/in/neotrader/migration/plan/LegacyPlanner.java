package in.neotrader.migration.plan;

import in.neotrader.migration.legacy.AnalysisCsvFiles;
import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.legacy.PaperAccountFiles;
import in.neotrader.migration.legacy.PaperFolders;
import in.neotrader.migration.legacy.PaperOrdersFile;
import in.neotrader.migration.legacy.PaperTransactionsFile;
import in.neotrader.migration.legacy.PendingOrdersFile;
import in.neotrader.migration.legacy.PnlDailyFile;
import in.neotrader.migration.legacy.Problem;
import in.neotrader.migration.legacy.Problems;
import in.neotrader.migration.legacy.TrackingFile;
import in.neotrader.migration.legacy.TradesHistoryFile;
import in.neotrader.migration.legacy.Unmigrated;
import in.neotrader.migration.normalise.Timestamps;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every legacy file in the order of the cross-file rules (LEGACY_FORMATS.md §9): tracking
 * first (it only lends broker ids), trades, then pending orders merged on broker id, signals,
 * P&L, the paper files; then replays fills into positions and checks them against the files.
 */
public final class LegacyPlanner {
  private LegacyPlanner() {
  }

  /**
   * The files as they are now: {@code earlier} itself when nothing under its root changed since it
   * was read (the same bytes read the same way give the same plan; validate after an import in the
   * same process then does not parse a million records twice), else a new reading.
   */
  public static ImportPlan again(ImportPlan earlier) {
    return earlier.tree.unchangedSinceRead() ? earlier : plan(earlier.tree.root(), earlier.hostZone);
  }

  public static ImportPlan plan(Path root, ZoneId hostZone) {
    Timestamps ts = new Timestamps(hostZone);
    ImportPlan plan = new ImportPlan(new LegacyTree(root, new Problems()), hostZone);
    PaperFolders folders = PaperFolders.scan(root);
    List<String> bigFiles = new ArrayList<>(List.of(LegacyTree.TRADES, LegacyTree.PENDING));
    folders.accounts().forEach(f -> bigFiles.addAll(List.of(PaperFolders.file(f, PaperOrdersFile.NAME),
        PaperFolders.file(f, PaperTransactionsFile.NAME))));
    plan.tree.readAhead(bigFiles);
    TrackingFile.read(plan, ts);
    TradesHistoryFile.read(plan, ts);
    PendingOrdersFile.read(plan, ts);
    AnalysisCsvFiles.read(plan, ts);
    TrackingSignals.add(plan.live);
    PnlDailyFile.read(plan, ts);
    Unmigrated.list(root, plan.problems());
    folders.skipped().forEach(plan.problems()::skip);
    folders.notMigrated().forEach(plan.problems()::notMigrated);
    for (String folder : folders.accounts()) {
      UserPlan paper = UserPlan.paper(folder);
      plan.paperAccounts.add(paper);
      PaperOrdersFile.read(plan, paper, ts);
      PaperTransactionsFile.read(plan, paper, ts);
      PaperAccountFiles.read(plan, paper, ts);
    }
    for (UserPlan user : plan.users()) {
      user.positions.addAll(PositionReplay.cycles(user, user.fills,
          message -> plan.problems().warn(new Problem(user.role + " fills", null, null, message))));
    }
    ReplayChecks.liveTrades(plan.live, plan.problems());
    for (UserPlan paper : plan.paperAccounts) {
      ReplayChecks.paperHoldings(paper, plan.problems());
      ReplayChecks.paperCash(paper, plan.problems());
    }
    return plan;
  }
}
