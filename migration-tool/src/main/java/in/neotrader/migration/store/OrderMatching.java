package in.neotrader.migration.store;

import in.neotrader.core.orders.OrderState;
import in.neotrader.migration.legacy.Problem;
import in.neotrader.migration.legacy.Problems;
import in.neotrader.migration.legacy.SameJson;
import in.neotrader.migration.plan.PlannedOrder;
import in.neotrader.migration.plan.UserPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, per planned order, whether it is new or already stored: first by legacy key (the same
 * record of an earlier batch), then by broker order id (the same broker order reached through
 * another file of a damaged or partial copy). A broker id names one order of one user, so a
 * stored order is never written twice and its fills are never counted again; a broker id held by
 * a different order is a rejected record. A stored order whose record changed keeps its state,
 * unless the import was asked to apply updates and the change is a move of the order state machine
 * (or a live order staying live): then it is updated, and the update reported.
 */
final class OrderMatching {
  final List<PlannedOrder> fresh = new ArrayList<>();
  /** Planned orders that are not written (matched by broker id, or rejected): their fills are not written either. */
  final Set<PlannedOrder> withoutFills = new HashSet<>();
  /** Stored orders that take the state of a changed record of this batch (--apply-updates). */
  final List<OrderUpdate> updates = new ArrayList<>();
  /** Stored orders without a fill that a record of this batch gives its executions: one record each. */
  private final Set<Long> takingFills = new HashSet<>();
  /** Stored orders updated by a record of this batch: one record each, so the rollback's image is the row before the batch. */
  private final Map<Long, String> updatedBy = new HashMap<>();

  private final Problems problems;
  private final boolean applyUpdates;

  /** The stored order {@code stored} takes the fields of the planned order (which carries its id). */
  record OrderUpdate(PlannedOrder order, ExistingRows.StoredOrder stored) {
  }

  private OrderMatching(Problems problems, boolean applyUpdates) {
    this.problems = problems;
    this.applyUpdates = applyUpdates;
  }

  static OrderMatching of(UserPlan plan, ExistingRows existing, Problems problems, boolean applyUpdates) {
    OrderMatching m = new OrderMatching(problems, applyUpdates);
    Map<String, PlannedOrder> claimed = new HashMap<>();
    for (PlannedOrder o : plan.orders) {
      ExistingRows.StoredOrder stored = existing.orders.get(o.legacyRef);
      if (stored != null) {
        m.sameRecord(plan, o, stored);
      } else if (o.brokerOrderId != null && existing.byBrokerId.containsKey(o.brokerOrderId)) {
        m.sameBrokerOrder(o, existing.byBrokerId.get(o.brokerOrderId));
      } else if (o.brokerOrderId != null && claimed.putIfAbsent(o.brokerOrderId, o) != null) {
        m.reject(o, "broker order id " + o.brokerOrderId + " is already used by " + claimed.get(o.brokerOrderId).legacyRef
            + " of this import; one broker order cannot be two orders");
      } else {
        m.fresh.add(o);
      }
    }
    return m;
  }

  /**
   * The record of an earlier batch: it lends its id to new fills. A changed record is applied when
   * asked and allowed (reported as an update), else reported; then, if it says another state, its
   * fills are left out too: an order that keeps its state takes no executions its state does not show.
   */
  private void sameRecord(UserPlan plan, PlannedOrder o, ExistingRows.StoredOrder stored) {
    o.id = stored.id();
    if (stored.legacy() == null || SameJson.same(stored.legacy(), o.legacy)) {
      return;
    }
    String refusal = applyUpdates ? refusal(stored, o) : null;
    if (applyUpdates && refusal == null) {
      update(o, stored);
      problems.update(new Problem(source(o), o.legacyRef, null, "the legacy record changed since it was imported: stored order "
          + stored.clientOrderId() + " updated, " + change(stored, o)));
      return;
    }
    if (!stored.status().equals(o.status)) {
      withoutFills.add(o);
    }
    problems.warn(new Problem(plan.role, o.legacyRef, null, "the legacy record changed since it was imported;"
        + " the stored order keeps its state" + (applyUpdates ? " (" + refusal + ")"
            : " (import with --apply-updates to take the change, or roll back its batch and import again)")));
  }

  /** Why the stored order may not take the record's state, or null: only the order state machine's moves go. */
  private String refusal(ExistingRows.StoredOrder stored, PlannedOrder o) {
    if (updatedBy.containsKey(stored.id())) {
      return "it is already updated from " + updatedBy.get(stored.id()) + " of this import";
    }
    if (!stored.symbol().equals(o.symbol) || !stored.side().equals(o.side)) {
      return "the record is now " + o.side + " " + o.symbol + ", not the stored " + stored.side() + " " + stored.symbol();
    }
    OrderState from = OrderState.valueOf(stored.status());
    OrderState to = OrderState.valueOf(o.status);
    if (o.filledQuantity < stored.filledQuantity()) {
      return "its filled quantity would go down from " + stored.filledQuantity() + " to " + o.filledQuantity;
    }
    if (from == to) {
      return from.isTerminal() ? "a " + from + " order is final" : null;
    }
    boolean moves = to != OrderState.NEW && from.next(OrderState.eventLeadingTo(to)).filter(to::equals).isPresent();
    return moves ? null : from + " -> " + to + " is not a move an order can make";
  }

  private void update(PlannedOrder o, ExistingRows.StoredOrder stored) {
    updates.add(new OrderUpdate(o, stored));
    updatedBy.put(stored.id(), o.legacyRef);
  }

  private static String change(ExistingRows.StoredOrder stored, PlannedOrder o) {
    return "status " + stored.status() + " -> " + o.status + ", filled " + stored.filledQuantity() + " -> " + o.filledQuantity
        + " of " + o.quantity;
  }

  private void sameBrokerOrder(PlannedOrder o, ExistingRows.StoredOrder stored) {
    if (!stored.symbol().equals(o.symbol) || !stored.side().equals(o.side)) {
      reject(o, "broker order id " + o.brokerOrderId + " is already held by stored order " + stored.clientOrderId() + " ("
          + stored.side() + " " + stored.symbol() + "), not " + o.side + " " + o.symbol);
      return;
    }
    o.id = stored.id();
    boolean sameState = stored.status().equals(o.status);
    String refusal = sameState || !applyUpdates ? null : refusal(stored, o);
    boolean updated = !sameState && applyUpdates && refusal == null;
    if (updated) {
      update(o, stored);
      problems.update(new Problem(source(o), o.legacyRef, "broker_order_id", "same broker order " + o.brokerOrderId
          + " as stored order " + stored.clientOrderId() + ": updated, " + change(stored, o)));
    }
    // A stored order in the same state without a fill (a paper order whose transactions file was damaged in the earlier
    // copy) takes this record's executions: they are not stored anywhere yet. Otherwise they would be counted twice.
    boolean takesFills = (sameState || updated) && !stored.filled() && takingFills.add(stored.id());
    if (!takesFills) {
      withoutFills.add(o);
    }
    problems.merge(new Problem(source(o), o.legacyRef, "broker_order_id", "same broker order " + o.brokerOrderId
        + " as stored order " + stored.clientOrderId() + "; kept the stored order"
        + (takesFills ? ", its executions from this record are added" : updated ? "" : ", nothing written")
        + (sameState || updated ? "" : " (stored state " + stored.status() + ", this record says " + o.status
            + (applyUpdates ? ": " + refusal + ")" : ": import with --apply-updates to take it)"))));
  }

  private void reject(PlannedOrder o, String message) {
    withoutFills.add(o);
    Problem p = new Problem(source(o), o.legacyRef, "broker_order_id", message);
    problems.reject(p);
    problems.quarantine(p.file(), o.legacyRef, o.legacy, List.of(p));
  }

  /** The legacy section an order came from, as named in its legacy key (legacy:role:section:key). */
  private static String source(PlannedOrder o) {
    String[] parts = o.legacyRef.split(":", 4);
    return parts.length == 4 ? parts[1] + " " + parts[2] : o.legacyRef;
  }
}
