package in.neotrader.sql.orders;

import java.time.Instant;

/** Filters of the order list; a null field does not filter. On placed time: {@code from} included, {@code to} excluded. */
public record OrderFilter(String status, String symbol, String side, Instant from, Instant to) {
  public static final OrderFilter ALL = new OrderFilter(null, null, null, null, null);
}
