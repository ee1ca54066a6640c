// The fixed vocabularies the API uses (as the database checks them).

export const TASKS = ['readiness_check', 'premarket_retry', 'sell_orders', 'sell_monitor', 'position_monitor', 'analysis',
  'buy_orders', 'eod_cleanup'];

export const TASK_STATUSES = ['success', 'failed', 'skipped'];

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

// NEW: written with its client order id, not yet acknowledged by the broker (core's OrderState).
export const ORDER_STATUSES = ['NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED',
  'REJECTED', 'EXPIRED', 'FAILED'];

// Trading-config settings held as a fraction of one (0.10 is a 10 % target), shown and typed as percentages
// (core's TradingConfig.fractionFields()).
export const FRACTION_FIELDS = ['max_position_volume_ratio', 'default_stop_loss_pct', 'tight_stop_loss_pct',
  'min_stop_loss_pct', 'default_target_pct', 'strong_buy_target_pct', 'excellent_target_pct', 'sell_min_target_ratio'];
