-- The retention sweep deletes by age. These tables are appended in time order, so a BRIN index on the time
-- column (a few pages for millions of rows) finds the old rows without scanning the table.
CREATE INDEX service_task_execution_executed_brin ON service_task_execution USING brin (executed_at);
CREATE INDEX service_logs_at_brin ON service_logs USING brin (at);
CREATE INDEX refresh_tokens_expires_brin ON refresh_tokens USING brin (expires_at);
CREATE INDEX notification_outbox_delivered_brin ON notification_outbox USING brin (delivered_at);
CREATE INDEX audit_log_at_brin ON audit_log USING brin (at);
