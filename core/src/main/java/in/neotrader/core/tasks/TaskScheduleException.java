package in.neotrader.core.tasks;

import java.util.Map;

/** An invalid {@code task_schedule}; {@link #errors()} maps a field path to a message for the form. */
public final class TaskScheduleException extends IllegalArgumentException {

  private final Map<String, String> errors;

  public TaskScheduleException(Map<String, String> errors) {
    super("invalid task_schedule: " + errors);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
