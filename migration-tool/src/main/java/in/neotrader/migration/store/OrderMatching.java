package in.neotrader.migration.store;

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
 * a different order is a rejected record.
 */
final class OrderMatching {
  final List<PlannedOrder> fresh = new ArrayList<>();
  /** Planned orders that are not written (matched by broker id, or rejected): their fills are not written either. */
  final Set<PlannedOrder> withoutFills = new HashSet<>();
  /** Stored orders without a fill that a record of this batch gives its executions: one record each. */
  private final Set<Long> takingFills = new HashSet<>();

  private final Problems problems;

  private OrderMatching(Problems problems) {
    this.problems = problems;
  }

  static OrderMatching of(UserPlan plan, ExistingRows existing, Problems problems) {
    OrderMatching m = new OrderMatching(problems);
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

  /** The record of an earlier batch: it lends its id to new fills; a changed record is reported, not applied. */
  private void sameRecord(UserPlan plan, PlannedOrder o, ExistingRows.StoredOrder stored) {
    o.id = stored.id();
    if (stored.legacy() != null && !SameJson.same(stored.legacy(), o.legacy)) {
      problems.warn(new Problem(plan.role, o.legacyRef, null, "the legacy record changed since it was imported;"
          + " the stored order keeps its state (roll back its batch and import again to take the change)"));
    }
  }

  private void sameBrokerOrder(PlannedOrder o, ExistingRows.StoredOrder stored) {
    if (!stored.symbol().equals(o.symbol) || !stored.side().equals(o.side)) {
      reject(o, "broker order id " + o.brokerOrderId + " is already held by stored order " + stored.clientOrderId() + " ("
          + stored.side() + " " + stored.symbol() + "), not " + o.side + " " + o.symbol);
      return;
    }
    o.id = stored.id();
    boolean sameState = stored.status().equals(o.status);
    // A stored order in the same state without a fill (a paper order whose transactions file was damaged in the earlier
    // copy) takes this record's executions: they are not stored anywhere yet. Otherwise they would be counted twice.
    boolean takesFills = sameState && !stored.filled() && takingFills.add(stored.id());
    if (!takesFills) {
      withoutFills.add(o);
    }
    problems.merge(new Problem(source(o), o.legacyRef, "broker_order_id", "same broker order " + o.brokerOrderId
        + " as stored order " + stored.clientOrderId() + "; kept the stored order"
        + (takesFills ? ", its executions from this record are added" : ", nothing written")
        + (sameState ? "" : " (stored state " + stored.status() + ", this record says " + o.status
            + ": roll back the earlier batch and import again to take it)")));
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
