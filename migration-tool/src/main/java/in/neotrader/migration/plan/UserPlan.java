package in.neotrader.migration.plan;

import in.neotrader.migration.legacy.PaperFolders;
import java.util.ArrayList;
import java.util.List;

/** Everything one user (the live default user or one paper account) gets from the legacy tree. */
public final class UserPlan {
  /** "live" or "paper": part of every legacy reference, independent of the email it lands on. */
  public final String role;
  public final List<PlannedOrder> orders = new ArrayList<>();
  public final List<PlannedFill> fills = new ArrayList<>();
  public final List<PlannedPosition> positions = new ArrayList<>();
  public final List<PlannedSignal> signals = new ArrayList<>();
  public final List<PlannedTracking> tracking = new ArrayList<>();
  public final List<PlannedDailyPnl> dailyPnl = new ArrayList<>();
  public PlannedPaperAccount paperAccount;
  /** The paper account folder under paper_trading/ (null for the live user). */
  public final String folder;

  public UserPlan(String role) {
    this(role, null);
  }

  private UserPlan(String role, String folder) {
    this.role = role;
    this.folder = folder;
  }

  /**
   * A paper account folder. unified_service keeps the role "paper" its imports always had, so
   * earlier batches' legacy keys still match; other folders carry their name in the role.
   */
  public static UserPlan paper(String folder) {
    return new UserPlan(PaperFolders.UNIFIED.equals(folder) ? "paper" : "paper/" + folder.replace(':', '_'), folder);
  }

  /** Relative path of a file of this paper account. */
  public String paperFile(String name) {
    return PaperFolders.file(folder, name);
  }

  public String ref(String file, String naturalKey) {
    return "legacy:" + role + ":" + file + ":" + naturalKey;
  }
}
