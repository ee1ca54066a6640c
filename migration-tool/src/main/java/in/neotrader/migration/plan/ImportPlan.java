package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.LegacyTree;
import in.neotrader.migration.legacy.Problems;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The whole legacy tree turned into rows, before anything is written. */
public final class ImportPlan {
  public final UserPlan live = new UserPlan("live");
  /** One per paper account folder, in folder order. */
  public final List<UserPlan> paperAccounts = new ArrayList<>();
  public final LegacyTree tree;
  /** The zone naive legacy timestamps were read in. */
  public final ZoneId hostZone;
  /** file -> records read from it. */
  public final Map<String, Integer> recordsRead = new TreeMap<>();
  /** File-level values no row holds (trades_history last_run), for the export. */
  public final ObjectNode fileHeaders = LegacyJson.object();
  public int duplicates;

  public ImportPlan(LegacyTree tree, ZoneId hostZone) {
    this.tree = tree;
    this.hostZone = hostZone;
  }

  /** The live user first, then every paper account. */
  public List<UserPlan> users() {
    List<UserPlan> all = new ArrayList<>(paperAccounts.size() + 1);
    all.add(live);
    all.addAll(paperAccounts);
    return all;
  }

  public Problems problems() {
    return tree.problems();
  }

  public void counted(String file, int records) {
    recordsRead.merge(file, records, Integer::sum);
  }
}
