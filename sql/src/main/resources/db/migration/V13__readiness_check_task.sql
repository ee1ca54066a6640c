-- The pre-open readiness check (08:45 IST) is a scheduled task like the legacy seven: its runs are recorded.
ALTER TABLE service_task_execution DROP CONSTRAINT service_task_execution_task_name_check;
ALTER TABLE service_task_execution ADD CONSTRAINT service_task_execution_task_name_check
    CHECK (task_name IN ('readiness_check', 'premarket_retry', 'sell_orders', 'sell_monitor', 'position_monitor',
                         'analysis', 'buy_orders', 'eod_cleanup'));
