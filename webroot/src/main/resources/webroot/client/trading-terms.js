// The fixed vocabularies the API uses (as the database checks them).

export const TASKS = ['readiness_check', 'premarket_retry', 'sell_orders', 'sell_monitor', 'position_monitor', 'analysis',
  'buy_orders', 'eod_cleanup'];

export const TASK_STATUSES = ['success', 'failed', 'skipped'];

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

// NEW: written with its client order id, not yet acknowledged by the broker (core's OrderState).
export const ORDER_STATUSES = ['NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED', 'FILLED', 'CANCELLED',
  'REJECTED', 'EXPIRED', 'FAILED'];
