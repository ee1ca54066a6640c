package in.neotrader.core.config;

import in.neotrader.core.tasks.TaskScheduleJson;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks user_trading_config JSON field by field, then the rules that tie fields together. */
public final class TradingConfigValidation {

  private TradingConfigValidation() {}

  /** Field name to message, in field order; empty when valid. Absent fields take defaults. */
  public static Map<String, String> validate(JsonObject json) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (json == null) {
      return errors;
    }
    for (String name : json.fieldNames()) {
      if (!TradingConfigFields.BY_NAME.containsKey(name)) {
        errors.put(name, "is not a known setting");
      }
    }
    for (ConfigField field : TradingConfigFields.ALL) {
      if (json.containsKey(field.name())) {
        field.check(json.getValue(field.name())).ifPresent(m -> errors.put(field.name(), m));
      }
    }
    crossField(json, errors);
    if (!errors.containsKey("task_schedule") && json.getValue("task_schedule") instanceof JsonObject schedule) {
      errors.putAll(TaskScheduleJson.validate(schedule));
    }
    return errors;
  }

  private static void crossField(JsonObject json, Map<String, String> errors) {
    double oversold = effective(json, "rsi_oversold", errors);
    double extreme = effective(json, "rsi_extreme_oversold", errors);
    double near = effective(json, "rsi_near_oversold", errors);
    if (!Double.isNaN(oversold) && !Double.isNaN(extreme) && extreme >= oversold) {
      errors.putIfAbsent("rsi_extreme_oversold", "must be below rsi_oversold (" + oversold + ")");
    }
    if (!Double.isNaN(oversold) && !Double.isNaN(near) && near <= oversold) {
      errors.putIfAbsent("rsi_near_oversold", "must be above rsi_oversold (" + oversold + ")");
    }
    double slipMin = effective(json, "paper_slippage_min_pct", errors);
    double slipMax = effective(json, "paper_slippage_max_pct", errors);
    if (!Double.isNaN(slipMin) && !Double.isNaN(slipMax) && slipMin > slipMax) {
      errors.putIfAbsent("paper_slippage_max_pct", "must be at least paper_slippage_min_pct (" + slipMin + ")");
    }
    double neg = effective(json, "news_sentiment_neg_threshold", errors);
    double pos = effective(json, "news_sentiment_pos_threshold", errors);
    if (!Double.isNaN(neg) && !Double.isNaN(pos) && neg >= pos) {
      errors.putIfAbsent("news_sentiment_neg_threshold", "must be below news_sentiment_pos_threshold (" + pos + ")");
    }
  }

  /** The value that will apply, or NaN when the field itself is already in error. */
  private static double effective(JsonObject json, String name, Map<String, String> errors) {
    if (errors.containsKey(name)) {
      return Double.NaN;
    }
    Object v = json.containsKey(name) ? json.getValue(name) : TradingConfigFields.BY_NAME.get(name).defaultValue();
    return ((Number) v).doubleValue();
  }
}
