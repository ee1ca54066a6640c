package in.neotrader.core.tasks;

import io.vertx.core.json.JsonObject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a user's {@code task_schedule} override, e.g.
 * {@code {"buy_orders":{"at":"16:10"}, "sell_monitor":{"everyMinutes":5,"from":"09:15","to":"15:30"}}}.
 * Forms: {@code {"at","graceMinutes"?}}, {@code {"everyMinutes","from","to"}}, {@code {"onceFrom","to"}}.
 */
public final class TaskScheduleJson {

  private static final Set<String> KNOWN_KEYS = Set.of("at", "graceMinutes", "everyMinutes", "from", "to", "onceFrom");

  private TaskScheduleJson() {}

  /** Field path ({@code task_schedule.<task>.<key>}) to message; empty when valid or null. */
  public static Map<String, String> validate(JsonObject taskSchedule) {
    Map<String, String> errors = new LinkedHashMap<>();
    read(taskSchedule, errors);
    return errors;
  }

  static Map<TradingTask, ScheduleRule> parse(JsonObject taskSchedule) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<TradingTask, ScheduleRule> rules = read(taskSchedule, errors);
    if (!errors.isEmpty()) {
      throw new TaskScheduleException(errors);
    }
    return rules;
  }

  private static Map<TradingTask, ScheduleRule> read(JsonObject json, Map<String, String> errors) {
    Map<TradingTask, ScheduleRule> rules = new EnumMap<>(TradingTask.class);
    if (json == null) {
      return rules;
    }
    for (String name : json.fieldNames()) {
      String path = "task_schedule." + name;
      Optional<TradingTask> task = TradingTask.byStableName(name);
      if (task.isEmpty()) {
        errors.put(path, "unknown task; expected one of " + TradingTask.stableNames());
        continue;
      }
      if (!(json.getValue(name) instanceof JsonObject spec)) {
        errors.put(path, "must be an object such as {\"at\":\"16:05\"}");
        continue;
      }
      ruleOf(spec, path, errors).ifPresent(r -> rules.put(task.get(), r));
    }
    return rules;
  }

  private static Optional<ScheduleRule> ruleOf(JsonObject spec, String path, Map<String, String> errors) {
    int before = errors.size();
    for (String key : spec.fieldNames()) {
      if (!KNOWN_KEYS.contains(key)) {
        errors.put(path + "." + key, "unknown key");
      }
    }
    try {
      if (spec.containsKey("at")) {
        LocalTime at = time(spec, "at", path, errors);
        int grace = integer(spec, "graceMinutes", 2, path, errors);
        return errors.size() > before ? Optional.empty() : Optional.of(new ScheduleRule.At(at, grace));
      }
      if (spec.containsKey("everyMinutes")) {
        int every = integer(spec, "everyMinutes", 1, path, errors);
        LocalTime from = time(spec, "from", path, errors);
        LocalTime to = time(spec, "to", path, errors);
        return errors.size() > before ? Optional.empty() : Optional.of(new ScheduleRule.Every(every, from, to));
      }
      if (spec.containsKey("onceFrom")) {
        LocalTime from = time(spec, "onceFrom", path, errors);
        LocalTime to = time(spec, "to", path, errors);
        return errors.size() > before ? Optional.empty() : Optional.of(new ScheduleRule.OnceInWindow(from, to));
      }
      errors.put(path, "needs \"at\", \"everyMinutes\" or \"onceFrom\"");
    } catch (IllegalArgumentException e) {
      errors.put(path, e.getMessage());
    }
    return Optional.empty();
  }

  private static LocalTime time(JsonObject spec, String key, String path, Map<String, String> errors) {
    Object v = spec.getValue(key);
    if (!(v instanceof String text)) {
      errors.put(path + "." + key, v == null ? "is required (HH:mm)" : "must be a time text HH:mm");
      return null;
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(path + "." + key, "'" + text + "' is not a time HH:mm");
      return null;
    }
  }

  private static int integer(JsonObject spec, String key, int dflt, String path, Map<String, String> errors) {
    Object v = spec.getValue(key);
    if (v == null) {
      return dflt;
    }
    if (v instanceof Number n && n.doubleValue() == n.intValue()) {
      return n.intValue();
    }
    errors.put(path + "." + key, "must be a whole number");
    return dflt;
  }
}
