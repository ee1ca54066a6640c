package in.neotrader.core.tasks;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** When, within a trading day, a task runs. All times are IST. */
public sealed interface ScheduleRule {

  /** The planned start times of one day, in order; a run is keyed on its slot. */
  List<LocalTime> slots();

  /** The slot a run at {@code time} belongs to, if {@code time} lies inside the rule's window. */
  Optional<LocalTime> slotAt(LocalTime time);

  JsonObject toJson();

  /** Once a day at {@code at}; a run may still start up to {@code graceMinutes} later (legacy: 2). */
  record At(LocalTime at, int graceMinutes) implements ScheduleRule {
    public At {
      if (graceMinutes < 1 || graceMinutes > 600) {
        throw new IllegalArgumentException("graceMinutes must be 1..600");
      }
      if (at.plusMinutes(graceMinutes).isBefore(at)) {
        throw new IllegalArgumentException("window of " + at + " must not pass midnight");
      }
    }

    @Override
    public List<LocalTime> slots() {
      return List.of(at);
    }

    @Override
    public Optional<LocalTime> slotAt(LocalTime time) {
      boolean inside = !time.isBefore(at) && time.isBefore(at.plusMinutes(graceMinutes));
      return inside ? Optional.of(at) : Optional.empty();
    }

    @Override
    public JsonObject toJson() {
      return new JsonObject().put("at", at.toString()).put("graceMinutes", graceMinutes);
    }
  }

  /** Every {@code minutes} from {@code from} to {@code to} inclusive; each slot runs once. */
  record Every(int minutes, LocalTime from, LocalTime to) implements ScheduleRule {
    public Every {
      if (minutes < 1 || minutes > 720) {
        throw new IllegalArgumentException("everyMinutes must be 1..720");
      }
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("from must be before to");
      }
    }

    // Every timer armed asks for a rule's slots (375 for a minute task): made once per rule, not per call. Users'
    // own schedules make few distinct rules; past the bound they are made per call again.
    private static final int MAX_CACHED = 1_000;
    private static final Map<Every, List<LocalTime>> SLOTS = new ConcurrentHashMap<>();

    @Override
    public List<LocalTime> slots() {
      List<LocalTime> cached = SLOTS.get(this);
      if (cached != null) {
        return cached;
      }
      List<LocalTime> out = new ArrayList<>();
      for (LocalTime t = from; !t.isAfter(to); t = t.plusMinutes(minutes)) {
        out.add(t);
        if (t.plusMinutes(minutes).isBefore(t)) {
          break;
        }
      }
      List<LocalTime> slots = List.copyOf(out);
      if (SLOTS.size() < MAX_CACHED) {
        SLOTS.putIfAbsent(this, slots);
      }
      return slots;
    }

    @Override
    public Optional<LocalTime> slotAt(LocalTime time) {
      if (time.isBefore(from) || time.isAfter(to.plusMinutes(1).minusNanos(1))) {
        return Optional.empty();
      }
      long sinceFrom = Duration.between(from, time).toMinutes();
      LocalTime slot = from.plusMinutes(sinceFrom / minutes * minutes);
      // A slot runs only within its own minute; a late timer waits for the next slot.
      return Duration.between(slot, time).toMinutes() < 1
          ? Optional.of(slot)
          : Optional.empty();
    }

    @Override
    public JsonObject toJson() {
      return new JsonObject().put("everyMinutes", minutes).put("from", from.toString()).put("to", to.toString());
    }
  }

  /**
   * Once a day, at the first opportunity inside [from, to]: sell_orders runs at the first tick
   * after 09:15, and also later in the session after a restart.
   */
  record OnceInWindow(LocalTime from, LocalTime to) implements ScheduleRule {
    public OnceInWindow {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("from must be before to");
      }
    }

    @Override
    public List<LocalTime> slots() {
      return List.of(from);
    }

    @Override
    public Optional<LocalTime> slotAt(LocalTime time) {
      boolean inside = !time.isBefore(from) && time.isBefore(to.plusMinutes(1));
      return inside ? Optional.of(from) : Optional.empty();
    }

    @Override
    public JsonObject toJson() {
      return new JsonObject().put("onceFrom", from.toString()).put("to", to.toString());
    }
  }
}
