package in.neotrader.migration.plan;

import java.util.ArrayList;
import java.util.List;

/** Everything one user (the live default user or the paper user) gets from the legacy tree. */
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

  public UserPlan(String role) {
    this.role = role;
  }

  public String ref(String file, String naturalKey) {
    return "legacy:" + role + ":" + file + ":" + naturalKey;
  }
}
