package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code failed_orders} of trades_history.json: buys the legacy never sent and retries before the
 * next open. They must not be lost: each becomes a FAILED buy with its retry deadline.
 */
final class RetryQueue {
  private static final String SECTION = "failed_orders";
  private static final LocalTime RETRY_DEADLINE = LocalTime.of(9, 15);
  private static final List<String> METADATA_FIELDS = List.of("ticker", "close", "required_cash", "shortfall", "verdict",
      "rsi10", "ema9", "ema200", "execution_capital", "last_retry_attempt");

  private RetryQueue() {
  }

  static void read(ImportPlan plan, Timestamps ts, JsonNode failed, JsonNode lastRun) {
    if (!failed.isArray()) {
      return;
    }
    String file = TradesHistoryFile.FILE + "#" + SECTION;
    NaturalKeys keys = new NaturalKeys(file, plan.problems());
    for (int i = 0; i < failed.size(); i++) {
      JsonNode node = failed.get(i);
      RecordReader r = new RecordReader(file, SECTION + "[" + i + "] " + node.path("symbol").asText(""), node, ts);
      String symbol = r.symbol("symbol");
      Integer qty = r.quantity("qty", true);
      BigDecimal close = r.price("close", true);
      String reason = r.text("reason", true);
      Instant firstFailed = r.instant("first_failed_at", false);
      Integer retries = r.count("retry_count");
      if (!r.finish(plan.problems()) || close == null) {
        continue;
      }
      String key = symbol + "@" + (firstFailed == null ? "undated" : firstFailed.toString());
      if (!keys.first(key, r.key(), node)) {
        continue;
      }
      PlannedOrder o = new PlannedOrder(plan.live.ref(SECTION, key));
      o.symbol = symbol;
      o.side = "BUY";
      o.quantity = qty;
      o.status = "FAILED";
      o.statusReason = reason;
      o.variety = "AMO";
      o.legacy.set(SECTION, node);
      METADATA_FIELDS.stream().filter(node::has).forEach(f -> o.metadata.set(f, node.get(f)));
      o.metadata.put("retry_count", retries == null ? 0 : retries);
      if (firstFailed == null) {
        // Dead for the legacy already: kept for the record, never retried.
        o.placedAt = ts.instant(lastRun.asText(null)).orElse(plan.tree.modifiedAt(TradesHistoryFile.FILE));
        o.metadata.put("expired", true);
        plan.problems().warn(new Problem(file, r.key(), "first_failed_at",
            "missing: imported as FAILED and expired, it will not be retried"));
      } else {
        o.placedAt = firstFailed;
        o.metadata.put("retry_until", firstFailed.atZone(Timestamps.IST).toLocalDate().plusDays(1)
            .atTime(RETRY_DEADLINE).atZone(Timestamps.IST).toOffsetDateTime().toString());
      }
      plan.live.orders.add(o);
    }
    plan.duplicates += keys.duplicates();
    plan.counted(file, failed.size());
  }
}
