package in.neotrader.verticles.tasks;

import in.neotrader.core.strategy.Verdict;
import in.neotrader.sql.signals.NewSignal;
import in.neotrader.sql.signals.Signal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Core signals to signal rows and back: the indicators JSON keeps what buy_orders needs to size a buy, beside the
 * strategy's own indicators; the details keep its explanation.
 */
final class StoredSignals {

  private static final Set<String> SHARED = Set.of("rsi10", "ema9", "ema200", "averageVolume", "lastVolume",
      "backtestTrades");

  private StoredSignals() {}

  static NewSignal toRow(in.neotrader.core.strategy.Signal s) {
    JsonObject indicators = new JsonObject();
    s.indicators().forEach((k, v) -> indicators.put(k, finite(v)));
    indicators.put("rsi10", finite(s.rsi10())).put("ema9", s.ema9() == null ? null : s.ema9().doubleValue())
        .put("ema200", s.ema200() == null ? null : s.ema200().doubleValue()).put("averageVolume", s.averageVolume())
        .put("lastVolume", s.lastVolume()).put("backtestTrades", s.backtestTrades());
    JsonObject details = new JsonObject().put("explanation", new JsonArray(s.explanation()));
    return new NewSignal(s.day(), s.symbol(), s.verdict().code(), s.finalVerdict().code(), "success", "analysis",
        decimal(s.strengthScore()), decimal(s.backtestScore()), decimal(s.combinedScore()), s.lastClose(), indicators,
        details, s.strategy());
  }

  static in.neotrader.core.strategy.Signal toSignal(Signal row, LocalDate day) {
    JsonObject i = row.indicators();
    Map<String, Double> own = new HashMap<>();
    i.forEach(e -> {
      if (!SHARED.contains(e.getKey()) && e.getValue() instanceof Number n) {
        own.put(e.getKey(), n.doubleValue());
      }
    });
    List<String> words = row.details().getJsonArray("explanation", new JsonArray()).stream().map(String::valueOf)
        .toList();
    return new in.neotrader.core.strategy.Signal(row.symbol(), day, verdict(row.verdict()), verdict(row.finalVerdict()),
        0, 0, row.combinedScore().doubleValue(), i.getInteger("backtestTrades", 0), number(i, "rsi10"),
        BigDecimal.valueOf(number(i, "ema9")), BigDecimal.valueOf(number(i, "ema200")), row.lastClose(),
        i.getDouble("averageVolume", 0.0), i.getLong("lastVolume", 0L), row.strategy(), own, words);
  }

  /** A signal as GET /signals shows it. */
  static JsonObject toJson(Signal row) {
    return new JsonObject().put("day", row.day().toString()).put("symbol", row.symbol())
        .put("verdict", row.verdict()).put("finalVerdict", row.finalVerdict())
        .put("combinedScore", row.combinedScore().doubleValue()).put("lastClose", row.lastClose().doubleValue())
        .put("indicators", row.indicators()).put("strategy", row.strategy())
        .put("explanation", row.details().getJsonArray("explanation", new JsonArray()));
  }

  private static Verdict verdict(String code) {
    return Arrays.stream(Verdict.values()).filter(v -> v.code().equals(code)).findFirst().orElse(Verdict.AVOID);
  }

  // An indicator still undefined (an RSI of prices that never moved) is stored as JSON null, never NaN.
  private static Double finite(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
  }

  private static double number(JsonObject i, String key) {
    return i.getValue(key) instanceof Number n ? n.doubleValue() : 0.0;
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP);
  }
}
