package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.core.strategy.legacy.LegacyDipStrategy;
import in.neotrader.migration.legacy.Problem;
import in.neotrader.migration.legacy.Problems;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.PlannedFill;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.PlannedPosition;
import in.neotrader.migration.plan.PlannedSignal;
import in.neotrader.migration.plan.PlannedTracking;
import in.neotrader.migration.plan.PlannedDailyPnl;
import in.neotrader.migration.plan.PositionReplay;
import in.neotrader.migration.plan.UserPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Writes one user's part of a plan inside the batch's transaction: only rows whose legacy key is
 * not stored yet, orders and fills by COPY. Rows it updates (a position that grew, the paper
 * account) get their previous image recorded, so a rollback can restore them exactly.
 */
public final class PlanWriter {
  private static final List<String> ORDER_COLUMNS = List.of("id", "user_id", "client_order_id", "broker_order_id", "symbol",
      "trading_symbol", "exchange", "side", "quantity", "filled_quantity", "price", "average_fill_price", "order_type",
      "product", "variety", "validity", "status", "status_reason", "trading_day", "placed_at", "filled_at", "closed_at",
      "source", "metadata", "legacy_ref", "legacy", "migration_batch_id");
  private static final List<String> FILL_COLUMNS = List.of("order_id", "user_id", "quantity", "price", "charges", "filled_at",
      "note", "legacy_ref", "legacy", "migration_batch_id");
  private static final List<String> POSITION_COLUMNS = List.of("user_id", "symbol", "quantity", "average_price",
      "realised_pnl", "fees", "opened_at", "closed_at", "exit_reason", "cycle_details", "legacy_ref", "migration_batch_id");
  private static final List<String> SIGNAL_COLUMNS = List.of("user_id", "day", "symbol", "verdict", "final_verdict", "status",
      "source", "strength_score", "backtest_score", "combined_score", "last_close", "indicators", "details", "created_at",
      "legacy_ref", "legacy", "migration_batch_id", "strategy");
  private static final List<String> TRACKING_COLUMNS = List.of("user_id", "tracking_id", "symbol", "tracking_started_at",
      "tracking_ended_at", "tracking_status", "system_qty", "current_tracked_qty", "pre_existing_qty", "initial_order_id",
      "related_order_ids", "recommendation_source", "stop_reason", "legacy", "migration_batch_id");

  /** The big tables, whose foreign keys are checked per batch when possible (see {@link BulkForeignKeys}). */
  private static final List<String> BULK_TABLES = List.of("orders", "fills", "positions");

  private final Connection c;
  private final long batchId;
  private final Problems problems;
  /** Previous images of updated rows: [{table, id, row}]. */
  private final ArrayNode beforeImages;
  private final ObjectNode counts;
  private final LongConsumer progress;
  private final boolean applyUpdates;

  /** {@code applyUpdates}: a changed record of an earlier batch's order updates it where the order's state may move so. */
  public PlanWriter(Connection c, long batchId, Problems problems, ArrayNode beforeImages, ObjectNode counts,
      LongConsumer progress, boolean applyUpdates) {
    this.progress = progress;
    this.applyUpdates = applyUpdates;
    this.c = c;
    this.batchId = batchId;
    this.problems = problems;
    this.beforeImages = beforeImages;
    this.counts = counts;
  }

  public void write(UserPlan plan, long userId) throws SQLException {
    ExistingRows existing = ExistingRows.load(c, userId);
    OrderMatching matching = OrderMatching.of(plan, existing, problems, applyUpdates);
    List<PlannedOrder> newOrders = matching.fresh;
    assignIds(newOrders);
    BulkForeignKeys bulk = BulkForeignKeys.forTables(c, BULK_TABLES);
    if (bulk != null) {
      bulk.begin();
    }
    count("orders", CopyWriter.copy(c, "orders", ORDER_COLUMNS, newOrders, o -> orderRow(o, userId), progress));
    int updated = OrderUpdates.write(c, matching.updates, beforeImages);
    if (updated > 0) { // like positions_updated: named only when there is one
      count("orders_updated", updated);
    }
    List<PlannedFill> newFills = plan.fills.stream()
        .filter(f -> !existing.fillRefs.contains(f.legacyRef()) && !matching.withoutFills.contains(f.order())).toList();
    List<PlannedFill> replayInput = replayInput(userId, newFills);
    count("fills", CopyWriter.copy(c, "fills", FILL_COLUMNS, newFills, f -> new Object[] {f.order().id, userId, f.quantity(),
        f.price(), f.charges(), f.filledAt(), f.note(), f.legacyRef(), f.legacy(), batchId}, progress));
    writePositions(plan, userId, existing, replayInput);
    if (bulk != null) {
      bulk.verify(batchId, userId);
    }
    List<PlannedSignal> signals = plan.signals.stream().filter(s -> !existing.signalKeys.contains(s.day() + "|" + s.symbol())).toList();
    count("signals", CopyWriter.copy(c, "signals", SIGNAL_COLUMNS, signals, s -> new Object[] {userId, s.day(), s.symbol(),
        s.verdict(), s.finalVerdict(), s.status(), s.source(), s.strengthScore(), s.backtestScore(), s.combinedScore(),
        s.lastClose(), s.indicators(), s.details(), s.createdAt(), s.legacyRef(), s.legacy(), batchId,
        LegacyDipStrategy.NAME}, progress));
    List<PlannedTracking> tracking = plan.tracking.stream().filter(t -> !existing.trackingIds.contains(t.trackingId())).toList();
    count("tracked_symbols", CopyWriter.copy(c, "tracked_symbols", TRACKING_COLUMNS, tracking, t -> new Object[] {userId,
        t.trackingId(), t.symbol(), t.startedAt(), t.endedAt(), t.status(), t.systemQty(), t.currentTrackedQty(),
        t.preExistingQty(), t.initialOrderId(), t.relatedOrderIds(), t.recommendationSource(), t.stopReason(), t.legacy(), batchId}, progress));
    List<PlannedDailyPnl> pnl = plan.dailyPnl.stream().filter(p -> !existing.pnlDays.contains(p.day().toString())).toList();
    count("daily_pnl", CopyWriter.copy(c, "daily_pnl", List.of("user_id", "day", "realised", "unrealised", "fees", "legacy_ref",
        "migration_batch_id"), pnl, p -> new Object[] {userId, p.day(), p.realised(), p.unrealised(), p.fees(), p.legacyRef(), batchId}, progress));
    if (plan.paperAccount != null) {
      new PaperAccountWriter(c, batchId, beforeImages, counts).write(plan.paperAccount, userId);
    }
  }

  private void assignIds(List<PlannedOrder> orders) throws SQLException {
    if (orders.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT nextval('orders_id_seq') FROM generate_series(1, ?)")) {
      s.setInt(1, orders.size());
      s.setFetchSize(100_000);
      try (ResultSet rs = s.executeQuery()) {
        for (PlannedOrder o : orders) {
          rs.next();
          o.id = rs.getLong(1);
        }
      }
    }
  }

  private Object[] orderRow(PlannedOrder o, long userId) {
    return new Object[] {o.id, userId, o.legacyRef, o.brokerOrderId, o.symbol, o.tradingSymbol, o.exchange, o.side, o.quantity,
        o.filledQuantity, o.price, o.averageFillPrice, o.orderType, o.product, o.variety, o.validity, o.status, o.statusReason,
        Timestamps.istDate(o.placedAt), o.placedAt, o.filledAt, o.closedAt, "migrated", o.metadata, o.legacyRef,
        o.legacy.isEmpty() ? null : o.legacy, batchId};
  }

  /** The symbols that get new fills, with all their fills: stored ones (read before the new ones are written) and new. */
  private List<PlannedFill> replayInput(long userId, List<PlannedFill> newFills) throws SQLException {
    Set<String> touched = new HashSet<>();
    newFills.forEach(f -> touched.add(f.order().symbol));
    List<PlannedFill> all = new ArrayList<>(ExistingRows.fillsOf(c, userId, touched));
    all.addAll(newFills);
    return all;
  }

  /**
   * Replays the touched symbols; new cycles are inserted, grown ones updated, and stored cycles the
   * replay no longer yields (an earlier fill now in the files joins two cycles into one) are
   * removed, their image kept for the rollback: otherwise their P&L would count twice.
   */
  private void writePositions(UserPlan plan, long userId, ExistingRows existing, List<PlannedFill> all) throws SQLException {
    List<PlannedPosition> inserts = new ArrayList<>();
    Set<String> replayed = new HashSet<>();
    for (PlannedPosition p : PositionReplay.cycles(plan, all, message -> problems.warn(new Problem(plan.role + " fills", null, null, message)))) {
      replayed.add(p.legacyRef());
      ExistingRows.StoredPosition stored = existing.positions.get(p.legacyRef());
      if (stored == null) {
        inserts.add(p);
      } else {
        updatePosition(stored.id(), p);
      }
    }
    Set<String> touched = new HashSet<>();
    all.forEach(f -> touched.add(f.order().symbol));
    for (var e : existing.positions.entrySet()) {
      if (touched.contains(e.getValue().symbol()) && !replayed.contains(e.getKey())) {
        removePosition(e.getValue().id());
      }
    }
    count("positions", CopyWriter.copy(c, "positions", POSITION_COLUMNS, inserts, p -> new Object[] {userId, p.symbol(),
        p.quantity(), p.averagePrice(), p.realisedPnl(), p.fees(), p.openedAt(), p.closedAt(), p.exitReason(), p.cycleDetails(),
        p.legacyRef(), batchId}, progress));
  }

  private void updatePosition(long id, PlannedPosition p) throws SQLException {
    BeforeImages.record(c, beforeImages, "positions", id);
    try (PreparedStatement s = c.prepareStatement("UPDATE positions SET quantity = ?, average_price = ?, realised_pnl = ?,"
        + " fees = ?, closed_at = ?, exit_reason = ?, updated_at = now() WHERE id = ?")) {
      s.setInt(1, p.quantity());
      s.setBigDecimal(2, p.averagePrice());
      s.setBigDecimal(3, p.realisedPnl());
      s.setBigDecimal(4, p.fees());
      s.setObject(5, p.closedAt() == null ? null : java.sql.Timestamp.from(p.closedAt()));
      s.setString(6, p.exitReason());
      s.setLong(7, id);
      s.executeUpdate();
    }
    count("positions_updated", 1);
  }

  private void removePosition(long id) throws SQLException {
    BeforeImages.recordRemoved(c, beforeImages, "positions", id);
    try (PreparedStatement s = c.prepareStatement("DELETE FROM positions WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
    count("positions_removed", 1);
  }

  private void count(String table, long rows) {
    counts.put(table, counts.path(table).asLong(0) + rows);
  }
}
