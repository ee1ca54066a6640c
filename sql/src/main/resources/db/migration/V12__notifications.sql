-- Notifications (issue 13): each trader's channels (a Telegram chat or a signed webhook; the bot token, URL and
-- signing secret sealed like broker credentials) and a durable outbox, so nothing is lost on a restart and each
-- channel gets its messages in order. A row is delivered at least once.
CREATE TABLE notification_channels (
    id                 bigserial   PRIMARY KEY,
    user_id            bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind               text        NOT NULL CHECK (kind IN ('telegram', 'webhook')),
    label              text        NOT NULL,            -- safe to show: the chat id or the webhook's host
    sealed_config      bytea       NOT NULL,
    key_id             text        NOT NULL,
    events             text[]      NOT NULL,
    created_at         timestamptz NOT NULL,
    last_delivered_at  timestamptz
);
CREATE INDEX notification_channels_user_idx ON notification_channels (user_id);

CREATE TABLE notification_outbox (
    id               bigserial   PRIMARY KEY,
    channel_id       bigint      NOT NULL REFERENCES notification_channels (id) ON DELETE CASCADE,
    user_id          bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind             text        NOT NULL,
    payload          jsonb       NOT NULL,
    created_at       timestamptz NOT NULL,
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    lease_until      timestamptz,                         -- a node is delivering it until then
    delivered_at     timestamptz,
    last_error       text
);
CREATE INDEX notification_outbox_pending_idx ON notification_outbox (channel_id, id) WHERE delivered_at IS NULL;
