-- The kill switch: while a row applies to a user (its own, an admin's for that user, or the deployment's), no new
-- order of that user is written or sent. Kept in the database so a restart or a failover keeps it; each change is
-- also in audit_log. A user clears only the row of level 'user'.
CREATE TABLE trading_halts (
    id                 bigserial   PRIMARY KEY,
    user_id            bigint      REFERENCES users (id) ON DELETE CASCADE,   -- null: the whole deployment
    level              text        NOT NULL CHECK (level IN ('user', 'admin', 'deployment')),
    reason             text        NOT NULL,
    cancel_open_orders boolean     NOT NULL DEFAULT false,
    set_by             bigint      REFERENCES users (id) ON DELETE SET NULL,
    set_at             timestamptz NOT NULL,
    CHECK ((level = 'deployment') = (user_id IS NULL))
);
CREATE UNIQUE INDEX trading_halts_one_per_level ON trading_halts (coalesce(user_id, 0), level);
