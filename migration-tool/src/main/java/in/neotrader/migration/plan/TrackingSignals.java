package in.neotrader.migration.plan;

import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.normalise.Timestamps;
import java.util.HashSet;
import java.util.Set;

/**
 * A symbol the bot bought on a day without an imported analysis row still had a recommendation:
 * it becomes a signal with status "traded", so the history of what was traded has its reason.
 */
public final class TrackingSignals {
  private TrackingSignals() {
  }

  public static void add(UserPlan live) {
    Set<String> covered = new HashSet<>();
    live.signals.forEach(s -> covered.add(s.day() + "|" + s.symbol()));
    for (PlannedTracking t : live.tracking) {
      var day = Timestamps.istDate(t.startedAt());
      if (covered.add(day + "|" + t.symbol())) {
        var details = LegacyJson.object();
        details.put("tracking_id", t.trackingId());
        details.put("recommendation_source", t.recommendationSource());
        live.signals.add(new PlannedSignal(live.ref("tracking", t.trackingId()), day, t.symbol(), null, null, "traded",
            "tracking", null, null, null, null, LegacyJson.object(), details, t.startedAt(), null));
      }
    }
  }
}
