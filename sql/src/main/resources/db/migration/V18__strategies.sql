-- Strategies as a port (issue 18): each user's trading config names its strategy, and each signal the strategy
-- that made it. Existing users keep the service's own 'dip'; the migration tool gives the users it creates
-- 'legacy-dip'. Signals imported from the legacy files were made by the legacy analysis.
ALTER TABLE user_trading_config
    ADD COLUMN strategy text NOT NULL DEFAULT 'dip' CHECK (strategy ~ '^[a-z][a-z0-9-]{0,39}$');
ALTER TABLE signals
    ADD COLUMN strategy text NOT NULL DEFAULT 'dip';
UPDATE signals SET strategy = 'legacy-dip' WHERE legacy_ref IS NOT NULL OR migration_batch_id IS NOT NULL;
