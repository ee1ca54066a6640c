-- Every heartbeat renews the leases of all the node's users: with 100,000 users, an index on lease_until made each
-- renewal write a new index entry per user (no HOT update possible), seconds of PostgreSQL CPU every few seconds.
-- The orphan scan it served reads a table of one row per user, cheap without it. Room on each page keeps the
-- renewals' new row versions on their page (HOT).
DROP INDEX IF EXISTS service_status_running_idx;
ALTER TABLE service_status SET (fillfactor = 70);
