package in.neotrader.sql.service;

import java.time.LocalDate;

/** Filters of the task history; a null field does not filter. Days are trading days, both ends included. */
public record TaskExecutionFilter(String task, TaskOutcome outcome, LocalDate fromDay, LocalDate toDay) {
  public static final TaskExecutionFilter ALL = new TaskExecutionFilter(null, null, null, null);
}
