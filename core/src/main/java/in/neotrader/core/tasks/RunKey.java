package in.neotrader.core.tasks;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Identity of one task run: a once-a-day task has one slot per trading day, so "already ran"
 * is keyed on (task, trading day); sell_monitor has one key per minute.
 */
public record RunKey(TradingTask task, LocalDate tradingDay, LocalTime slot) {}
