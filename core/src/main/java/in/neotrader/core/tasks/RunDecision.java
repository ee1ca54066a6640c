package in.neotrader.core.tasks;

/** Whether a task may run at a given instant. */
public sealed interface RunDecision {

  record Run(RunKey key) implements RunDecision {}

  record Skip(SkipReason reason, String detail) implements RunDecision {}

  enum SkipReason {
    WEEKEND("weekend"),
    HOLIDAY("holiday"),
    OUTSIDE_WINDOW("outside_window"),
    ALREADY_RAN("already_ran");

    private final String code;

    SkipReason(String code) {
      this.code = code;
    }

    /** The value stored in service_task_execution. */
    public String code() {
      return code;
    }
  }
}
