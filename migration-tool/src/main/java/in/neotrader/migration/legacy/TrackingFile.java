package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedSignal;
import in.neotrader.migration.plan.PlannedTracking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code data/system_recommended_symbols.json}: the registry of symbols the bot bought (object
 * form), or the older bare array of signal rows the first importer read.
 */
public final class TrackingFile {
  private static final String FILE = LegacyTree.TRACKING;

  private TrackingFile() {
  }

  public static void read(ImportPlan plan, Timestamps ts) {
    plan.tree.json(FILE).ifPresent(root -> {
      if (root.isArray()) {
        plan.fileHeaders.put("tracking_form", "list");
        readSignalRows(plan, ts, root);
      } else if (root.path("symbols").isArray()) {
        readRegistry(plan, ts, root.get("symbols"));
      } else {
        plan.problems().reject(new Problem(FILE, null, "symbols", "neither {\"symbols\": [...]} nor a list of signal rows"));
      }
    });
  }

  private static void readRegistry(ImportPlan plan, Timestamps ts, JsonNode entries) {
    NaturalKeys keys = new NaturalKeys(FILE, plan.problems());
    for (int i = 0; i < entries.size(); i++) {
      JsonNode node = entries.get(i);
      RecordReader r = new RecordReader(FILE, "symbols[" + i + "] " + node.path("id").asText(""), node, ts);
      String id = r.text("id", true);
      String symbol = r.symbol("symbol");
      Instant started = r.instant("tracking_started_at", true);
      Instant ended = r.instant("tracking_ended_at", false);
      String status = r.oneOf("tracking_status", Set.of("active", "completed"), true);
      Integer systemQty = r.count("system_qty");
      Integer tracked = r.count("current_tracked_qty");
      Integer preExisting = r.count("pre_existing_qty");
      List<String> related = new ArrayList<>();
      node.path("all_related_orders").forEach(o -> related.add(o.asText()));
      if (!r.finish(plan.problems()) || !keys.first(id, r.key(), node)) {
        continue;
      }
      plan.live.tracking.add(new PlannedTracking(id, symbol, started, ended, status, orZero(systemQty), orZero(tracked),
          orZero(preExisting), r.text("initial_order_id", false), related, r.text("recommendation_source", false),
          r.text("stop_reason", false), node));
    }
    plan.duplicates += keys.duplicates();
    plan.counted(FILE, entries.size());
  }

  private static void readSignalRows(ImportPlan plan, Timestamps ts, JsonNode rows) {
    NaturalKeys keys = new NaturalKeys(FILE, plan.problems());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode node = rows.get(i);
      RecordReader r = new RecordReader(FILE, RecordReader.item(i, node.path("symbol").asText("")), node, ts);
      String symbol = r.symbol("symbol");
      Instant at = r.instant("ts", false);
      var indicators = LegacyJson.object();
      for (String f : List.of("rsi10", "ema9", "ema200", "distance_to_ema9", "confidence")) {
        if (r.has(f)) {
          indicators.put(f, r.decimal(f, false));
        }
      }
      Instant created = at == null ? plan.tree.modifiedAt(FILE) : at;
      if (!r.finish(plan.problems()) || !keys.first(symbol + "@" + Timestamps.istDate(created), r.key(), node)) {
        continue;
      }
      var legacy = LegacyJson.object();
      legacy.set("signal_rows", node);
      plan.live.signals.add(new PlannedSignal(plan.live.ref("signal_rows", symbol + "@" + Timestamps.istDate(created)),
          Timestamps.istDate(created), symbol, null, null, "success", "legacy_list", null, null, null, null,
          indicators, LegacyJson.object(), created, legacy));
    }
    plan.duplicates += keys.duplicates();
    plan.counted(FILE, rows.size());
  }

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }
}
