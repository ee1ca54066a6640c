package in.neotrader.migration;

import in.neotrader.migration.legacy.PaperFolders;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.UserPlan;
import in.neotrader.migration.store.Users;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Whose is each part of a tree: the live user, and one user per paper account folder. */
final class Owners {
  private Owners() {
  }

  /** Email of a paper folder nobody mapped: unified_service is the --paper-user, any other gets its own. */
  static String defaultPaperEmail(String folder, String paperEmail) {
    return PaperFolders.UNIFIED.equals(folder) ? paperEmail
        : "legacy-paper-" + folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-") + "@localhost";
  }

  /**
   * Role -> normalised email for every user of the plan, live first. A map entry naming no account
   * folder of the tree, or two folders landing on one user (their paper ids and accounts would
   * collide), is a usage error.
   */
  static Map<String, String> of(ImportPlan plan, String liveEmail, String paperEmail, Map<String, String> paperUserMap) {
    Map<String, String> owners = new LinkedHashMap<>();
    owners.put(plan.live.role, liveEmail);
    TreeSet<String> unknown = new TreeSet<>(paperUserMap.keySet());
    Map<String, String> folderOfEmail = new HashMap<>();
    for (UserPlan paper : plan.paperAccounts) {
      unknown.remove(paper.folder);
      String mapped = paperUserMap.get(paper.folder);
      String email = Users.normalise(mapped != null ? mapped : defaultPaperEmail(paper.folder, paperEmail));
      String other = folderOfEmail.putIfAbsent(email, paper.folder);
      if (other != null) {
        throw new IllegalArgumentException("paper accounts " + other + " and " + paper.folder + " would both belong to " + email
            + "; give each its own user with --paper-user-map FOLDER=EMAIL");
      }
      owners.put(paper.role, email);
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("--paper-user-map names " + String.join(", ", unknown) + ", not a paper account folder"
          + " under " + PaperFolders.ROOT + "/ of " + plan.tree.root());
    }
    return owners;
  }
}
