package in.neotrader.sql.service;

import java.time.Instant;

/** Filters of the service log; a null field does not filter. {@code from} is included, {@code to} excluded. */
public record ServiceLogFilter(LogLevel level, String task, Instant from, Instant to) {
  public static final ServiceLogFilter ALL = new ServiceLogFilter(null, null, null, null);
}
