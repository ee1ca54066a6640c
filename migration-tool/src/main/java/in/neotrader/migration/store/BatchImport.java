package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.UserPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.LongConsumer;

/** One import batch = one transaction: the batch row, the users, every table; all or nothing. */
public final class BatchImport {
  private BatchImport() {
  }

  /**
   * Strict: a record rejected while writing (a broker id another order holds) rolls everything back.
   * A dry run writes everything, counts it, and rolls back. Apply updates: a changed record of an
   * earlier batch's order updates it, reported, where its state may move so (else it is only reported).
   */
  public record Mode(boolean strict, boolean dryRun, boolean applyUpdates) {
    public static final Mode STRICT = new Mode(true, false, false);
  }

  /** {@code committed} false: rolled back (a dry run, or a strict batch that met rejected records while writing). */
  public record Result(long batchId, ObjectNode counts, boolean committed) {
  }

  /** {@code progress} is told how many rows were written, as they are. */
  public static Result run(Connection c, ImportPlan plan, Map<String, String> owners, LongConsumer progress, Mode mode)
      throws SQLException {
    try {
      long batchId = Batches.start(c, "import", plan.tree.root().toAbsolutePath().toString(), plan.tree.checksums());
      ObjectNode counts = LegacyJson.object();
      ArrayNode beforeImages = LegacyJson.MAPPER.createArrayNode();
      PlanWriter writer = new PlanWriter(c, batchId, plan.problems(), beforeImages, counts, progress, mode.applyUpdates());
      for (UserPlan user : plan.users()) {
        write(c, writer, user, owners.get(user.role), displayName(user), batchId);
      }
      ObjectNode report = LegacyJson.object();
      report.set("before_images", beforeImages);
      report.set("file_headers", plan.fileHeaders);
      report.set("records_read", LegacyJson.MAPPER.valueToTree(plan.recordsRead));
      report.put("warnings", plan.problems().warnings().size());
      report.put("rejected", plan.problems().rejections().size());
      report.put("live_user", owners.get(plan.live.role));
      report.set("users", LegacyJson.MAPPER.valueToTree(owners));
      if (mode.dryRun() || (mode.strict() && !plan.problems().rejections().isEmpty())) {
        c.rollback();
        return new Result(batchId, counts, false);
      }
      Batches.finish(c, batchId, "committed", counts, report);
      c.commit();
      return new Result(batchId, counts, true);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private static void write(Connection c, PlanWriter writer, UserPlan plan, String email, String name, long batchId)
      throws SQLException {
    boolean hasData = !plan.orders.isEmpty() || !plan.signals.isEmpty() || !plan.tracking.isEmpty()
        || !plan.dailyPnl.isEmpty() || plan.paperAccount != null;
    if (hasData) {
      writer.write(plan, Users.findOrCreate(c, email, name, batchId));
    }
  }

  private static String displayName(UserPlan user) {
    return user.folder == null ? "Legacy live trading" : "Legacy paper trading (" + user.folder + ")";
  }

  /** Rows a plan may write at most: the total of the progress bar. */
  public static long rows(ImportPlan plan) {
    long n = 0;
    for (UserPlan u : plan.users()) {
      n += u.orders.size() + u.fills.size() + u.positions.size() + u.signals.size() + u.tracking.size() + u.dailyPnl.size();
    }
    return n;
  }

  /** An attempt that wrote nothing is still recorded, with its report, for the operator's audit trail. */
  public static long recordFailed(Connection c, ImportPlan plan, ObjectNode report) throws SQLException {
    long id = Batches.start(c, "import", plan.tree.root().toAbsolutePath().toString(), plan.tree.checksums());
    Batches.finish(c, id, "failed", LegacyJson.object(), report);
    c.commit();
    return id;
  }
}
