-- The whole schema of the service. Later migrations add behaviour, not tables.
-- Every user-data table carries user_id with a foreign key; every query on it is scoped by user_id.
-- Money: numeric(16,2) rupees; charges numeric(16,4); quantities integer; times timestamptz.

CREATE TABLE migration_batches (
    id              bigserial PRIMARY KEY,
    command         text        NOT NULL DEFAULT 'import',
    source_root     text        NOT NULL,
    status          text        NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'committed', 'failed', 'rolled_back')),
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    file_checksums  jsonb       NOT NULL DEFAULT '{}'::jsonb,   -- relative path -> sha256
    counts          jsonb       NOT NULL DEFAULT '{}'::jsonb,   -- table -> rows written
    report          jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE users (
    id                 bigserial PRIMARY KEY,
    email              text        NOT NULL,
    password_hash      text        NOT NULL,
    role               text        NOT NULL DEFAULT 'trader' CHECK (role IN ('trader', 'admin')),
    display_name       text,
    disabled           boolean     NOT NULL DEFAULT false,
    totp_secret        bytea,        -- encrypted like broker credentials
    totp_key_id        text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    last_login_at      timestamptz,
    migration_batch_id bigint REFERENCES migration_batches (id),
    CHECK (email = lower(email) AND position('@' in email) > 1)
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE refresh_tokens (
    id          bigserial PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  text        NOT NULL UNIQUE,   -- sha256 of the token; the token itself is never stored
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,                   -- set when rotated; a second use revokes the family
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE user_settings (
    user_id                        bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    trade_mode                     text        NOT NULL DEFAULT 'paper' CHECK (trade_mode IN ('paper', 'broker')),
    broker_credentials             bytea,      -- AES-256-GCM: nonce || ciphertext || tag
    broker_credentials_key_id      text,
    broker_credentials_updated_at  timestamptz,
    broker_session_state           text        NOT NULL DEFAULT 'none'
                                   CHECK (broker_session_state IN ('none', 'valid', 'expired', 'needs_login')),
    broker_session_checked_at      timestamptz,
    updated_at                     timestamptz NOT NULL DEFAULT now(),
    CHECK ((broker_credentials IS NULL) = (broker_credentials_key_id IS NULL)),
    CHECK (trade_mode = 'paper' OR broker_credentials IS NOT NULL)
);

-- Defaults and ranges of TRADING_RULES.md §11.
CREATE TABLE user_trading_config (
    user_id                                   bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    rsi_period                                integer NOT NULL DEFAULT 10    CHECK (rsi_period BETWEEN 1 AND 50),
    rsi_oversold                              numeric(6,2) NOT NULL DEFAULT 30.0 CHECK (rsi_oversold BETWEEN 0 AND 50),
    rsi_extreme_oversold                      numeric(6,2) NOT NULL DEFAULT 20.0 CHECK (rsi_extreme_oversold BETWEEN 0 AND 30),
    rsi_near_oversold                         numeric(6,2) NOT NULL DEFAULT 40.0 CHECK (rsi_near_oversold BETWEEN 30 AND 50),
    user_capital                              numeric(16,2) NOT NULL DEFAULT 200000.0 CHECK (user_capital > 0),
    max_portfolio_size                        integer NOT NULL DEFAULT 6     CHECK (max_portfolio_size BETWEEN 1 AND 20),
    max_position_volume_ratio                 numeric(6,4) NOT NULL DEFAULT 0.10 CHECK (max_position_volume_ratio BETWEEN 0 AND 1),
    min_absolute_avg_volume                   bigint  NOT NULL DEFAULT 10000 CHECK (min_absolute_avg_volume >= 0),
    chart_quality_enabled                     boolean NOT NULL DEFAULT true,
    chart_quality_min_score                   numeric(6,2) NOT NULL DEFAULT 50.0 CHECK (chart_quality_min_score BETWEEN 0 AND 100),
    chart_quality_max_gap_frequency           numeric(6,2) NOT NULL DEFAULT 25.0 CHECK (chart_quality_max_gap_frequency BETWEEN 0 AND 100),
    chart_quality_min_daily_range_pct         numeric(6,2) NOT NULL DEFAULT 1.0  CHECK (chart_quality_min_daily_range_pct BETWEEN 0 AND 10),
    chart_quality_max_extreme_candle_frequency numeric(6,2) NOT NULL DEFAULT 20.0 CHECK (chart_quality_max_extreme_candle_frequency BETWEEN 0 AND 100),
    default_stop_loss_pct                     numeric(6,4) CHECK (default_stop_loss_pct BETWEEN 0 AND 1),
    tight_stop_loss_pct                       numeric(6,4) CHECK (tight_stop_loss_pct BETWEEN 0 AND 1),
    min_stop_loss_pct                         numeric(6,4) CHECK (min_stop_loss_pct BETWEEN 0 AND 1),
    default_target_pct                        numeric(6,4) NOT NULL DEFAULT 0.10 CHECK (default_target_pct BETWEEN 0 AND 1),
    strong_buy_target_pct                     numeric(6,4) NOT NULL DEFAULT 0.12 CHECK (strong_buy_target_pct BETWEEN 0 AND 1),
    excellent_target_pct                      numeric(6,4) NOT NULL DEFAULT 0.15 CHECK (excellent_target_pct BETWEEN 0 AND 1),
    buy_risk_reward                           numeric(6,2) NOT NULL DEFAULT 2.5 CHECK (buy_risk_reward >= 0),
    strong_buy_risk_reward                    numeric(6,2) NOT NULL DEFAULT 3.0 CHECK (strong_buy_risk_reward >= 0),
    excellent_risk_reward                     numeric(6,2) NOT NULL DEFAULT 3.5 CHECK (excellent_risk_reward >= 0),
    default_exchange                          text NOT NULL DEFAULT 'NSE'    CHECK (default_exchange IN ('NSE', 'BSE')),
    default_product                           text NOT NULL DEFAULT 'CNC'    CHECK (default_product IN ('CNC', 'MIS', 'NRML')),
    default_order_type                        text NOT NULL DEFAULT 'MARKET' CHECK (default_order_type IN ('MARKET', 'LIMIT')),
    default_variety                           text NOT NULL DEFAULT 'AMO'    CHECK (default_variety IN ('AMO', 'REGULAR')),
    default_validity                          text NOT NULL DEFAULT 'DAY'    CHECK (default_validity IN ('DAY', 'IOC')),
    allow_duplicate_recommendations_same_day  boolean NOT NULL DEFAULT false,
    exit_on_ema9_or_rsi50                     boolean NOT NULL DEFAULT true,
    min_combined_score                        numeric(6,2) NOT NULL DEFAULT 25 CHECK (min_combined_score BETWEEN 0 AND 100),
    news_sentiment_enabled                    boolean NOT NULL DEFAULT true,
    news_sentiment_lookback_days              integer NOT NULL DEFAULT 30 CHECK (news_sentiment_lookback_days BETWEEN 1 AND 365),
    news_sentiment_min_articles               integer NOT NULL DEFAULT 2  CHECK (news_sentiment_min_articles >= 0),
    news_sentiment_pos_threshold              numeric(4,2) NOT NULL DEFAULT 0.25  CHECK (news_sentiment_pos_threshold BETWEEN -1 AND 1),
    news_sentiment_neg_threshold              numeric(4,2) NOT NULL DEFAULT -0.25 CHECK (news_sentiment_neg_threshold BETWEEN -1 AND 1),
    ml_enabled                                boolean NOT NULL DEFAULT false,
    ml_confidence_threshold                   numeric(4,2) NOT NULL DEFAULT 0.5 CHECK (ml_confidence_threshold BETWEEN 0 AND 1),
    ml_combine_with_rules                     boolean NOT NULL DEFAULT true,
    ml_model_version                          varchar(16),
    task_schedule                             jsonb,      -- null = the times of TRADING_RULES.md §2
    fallback_capital_per_trade                numeric(16,2) NOT NULL DEFAULT 100000 CHECK (fallback_capital_per_trade > 0),
    min_qty                                   integer NOT NULL DEFAULT 1 CHECK (min_qty >= 1),
    sell_min_target_ratio                     numeric(4,2) NOT NULL DEFAULT 0.95 CHECK (sell_min_target_ratio BETWEEN 0 AND 1),
    paper_initial_capital                     numeric(16,2) NOT NULL DEFAULT 100000 CHECK (paper_initial_capital > 0),
    paper_max_position_size                   numeric(16,2) NOT NULL DEFAULT 50000  CHECK (paper_max_position_size > 0),
    paper_slippage_min_pct                    numeric(5,2) NOT NULL DEFAULT 0.1 CHECK (paper_slippage_min_pct BETWEEN 0 AND 5),
    paper_slippage_max_pct                    numeric(5,2) NOT NULL DEFAULT 0.3 CHECK (paper_slippage_max_pct BETWEEN 0 AND 5),
    paper_settings                            jsonb,      -- the rest of the legacy paper config.json (fees, delay, price source)
    updated_at                                timestamptz NOT NULL DEFAULT now(),
    migration_batch_id                        bigint REFERENCES migration_batches (id),
    CHECK (rsi_extreme_oversold < rsi_oversold),
    CHECK (rsi_near_oversold > rsi_oversold),
    CHECK (paper_slippage_min_pct <= paper_slippage_max_pct)
);

-- service_running is the truth of what should run; the lease fences orders of a node that lost it.
CREATE TABLE service_status (
    user_id              bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    service_running      boolean     NOT NULL DEFAULT false,
    last_heartbeat       timestamptz,
    last_task_execution  timestamptz,
    error_count          integer     NOT NULL DEFAULT 0 CHECK (error_count >= 0),
    last_error           text,
    node_id              text,
    owner_node           text,
    lease_until          timestamptz,
    lease_epoch          bigint      NOT NULL DEFAULT 0,
    started_at           timestamptz,
    stopped_at           timestamptz,
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_status_running_idx ON service_status (lease_until) WHERE service_running;

CREATE TABLE service_task_execution (
    id                bigserial PRIMARY KEY,
    user_id           bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    task_name         text        NOT NULL CHECK (task_name IN ('premarket_retry', 'sell_orders', 'sell_monitor',
                                   'position_monitor', 'analysis', 'buy_orders', 'eod_cleanup')),
    trading_day       date        NOT NULL,
    executed_at       timestamptz NOT NULL,
    status            text        NOT NULL CHECK (status IN ('success', 'failed', 'skipped')),
    reason            text,
    duration_seconds  numeric(10,3) NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    details           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    node_id           text
);
CREATE INDEX service_task_execution_user_time_idx ON service_task_execution (user_id, executed_at DESC);
CREATE INDEX service_task_execution_user_task_day_idx ON service_task_execution (user_id, task_name, trading_day);

CREATE TABLE service_logs (
    id        bigserial PRIMARY KEY,
    user_id   bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at        timestamptz NOT NULL DEFAULT now(),
    level     text        NOT NULL CHECK (level IN ('DEBUG', 'INFO', 'WARN', 'ERROR')),
    task      text,
    message   text        NOT NULL,
    context   jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX service_logs_user_time_idx ON service_logs (user_id, at DESC);

-- Order states (neutral, see core OrderState for the transition table):
--   NEW -> AMO_PENDING | OPEN | REJECTED | FAILED
--   AMO_PENDING    -> OPEN | PARTIALLY_FILLED | FILLED | CANCELLED | REJECTED | EXPIRED
--   OPEN           -> PARTIALLY_FILLED | FILLED | CANCELLED | REJECTED | EXPIRED
--   PARTIALLY_FILLED -> PARTIALLY_FILLED | FILLED | CANCELLED | EXPIRED
--   FILLED, CANCELLED, REJECTED, EXPIRED: terminal.  FAILED: a buy never sent (retry queue), terminal.
CREATE TABLE orders (
    id                  bigserial PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_order_id     text        NOT NULL,
    broker_order_id     text,
    symbol              text        NOT NULL,              -- base symbol, e.g. BAJAJ-AUTO
    trading_symbol      text,                              -- broker symbol, e.g. BAJAJ-AUTO-EQ
    exchange            text        NOT NULL DEFAULT 'NSE' CHECK (exchange IN ('NSE', 'BSE')),
    side                text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity            integer     NOT NULL CHECK (quantity > 0),
    filled_quantity     integer     NOT NULL DEFAULT 0 CHECK (filled_quantity >= 0),
    price               numeric(16,2) CHECK (price >= 0),   -- limit price; null or 0 for market
    trigger_price       numeric(16,2) CHECK (trigger_price >= 0),
    average_fill_price  numeric(16,4),
    order_type          text        NOT NULL CHECK (order_type IN ('MARKET', 'LIMIT', 'SL', 'SL-M')),
    product             text        NOT NULL DEFAULT 'CNC' CHECK (product IN ('CNC', 'MIS', 'NRML')),
    variety             text        NOT NULL CHECK (variety IN ('AMO', 'REGULAR')),
    validity            text        NOT NULL DEFAULT 'DAY' CHECK (validity IN ('DAY', 'IOC')),
    status              text        NOT NULL CHECK (status IN ('NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED',
                                     'FILLED', 'CANCELLED', 'REJECTED', 'EXPIRED', 'FAILED')),
    status_reason       text,
    task                text,
    trading_day         date,
    placed_at           timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    filled_at           timestamptz,
    closed_at           timestamptz,
    source              text        NOT NULL CHECK (source IN ('live', 'paper', 'migrated')),
    lease_epoch         bigint,
    metadata            jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- indicators, retry queue fields, ...
    legacy_ref          text,                                      -- legacy:<user>:<file>:<natural key>
    legacy              jsonb,                                     -- the original legacy record, for export
    migration_batch_id  bigint REFERENCES migration_batches (id),
    CHECK (filled_quantity <= quantity),
    CONSTRAINT orders_client_order_id_key UNIQUE (user_id, client_order_id)
);
CREATE INDEX orders_user_placed_idx ON orders (user_id, placed_at DESC);
CREATE INDEX orders_user_open_idx ON orders (user_id, status)
    WHERE status IN ('NEW', 'AMO_PENDING', 'OPEN', 'PARTIALLY_FILLED');
CREATE INDEX orders_user_broker_id_idx ON orders (user_id, broker_order_id) WHERE broker_order_id IS NOT NULL;
CREATE INDEX orders_batch_idx ON orders (migration_batch_id) WHERE migration_batch_id IS NOT NULL;

CREATE TABLE fills (
    id                  bigserial PRIMARY KEY,
    order_id            bigint      NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    quantity            integer     NOT NULL CHECK (quantity > 0),
    price               numeric(16,2) NOT NULL CHECK (price >= 0),
    charges             numeric(16,4) NOT NULL DEFAULT 0 CHECK (charges >= 0),
    filled_at           timestamptz NOT NULL,
    broker_trade_id     text,
    note                text,
    legacy_ref          text,
    legacy              jsonb,
    migration_batch_id  bigint REFERENCES migration_batches (id)
);
CREATE INDEX fills_order_idx ON fills (order_id);
CREATE INDEX fills_user_time_idx ON fills (user_id, filled_at);
CREATE UNIQUE INDEX fills_user_legacy_key ON fills (user_id, legacy_ref) WHERE legacy_ref IS NOT NULL;
CREATE INDEX fills_batch_idx ON fills (migration_batch_id) WHERE migration_batch_id IS NOT NULL;

-- A position row is one trade cycle of a symbol: opened by a buy, closed when its quantity reaches 0.
-- Legacy trade cycles keep their entry indicators, averaging levels and exit facts in cycle_details.
CREATE TABLE positions (
    id                  bigserial PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    symbol              text        NOT NULL,
    exchange            text        NOT NULL DEFAULT 'NSE' CHECK (exchange IN ('NSE', 'BSE')),
    quantity            integer     NOT NULL CHECK (quantity >= 0),
    average_price       numeric(16,4) NOT NULL CHECK (average_price >= 0),
    realised_pnl        numeric(16,2) NOT NULL DEFAULT 0,
    fees                numeric(16,4) NOT NULL DEFAULT 0,
    opened_at           timestamptz NOT NULL,
    closed_at           timestamptz,
    exit_reason         text,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    cycle_details       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    legacy_ref          text,
    legacy              jsonb,
    migration_batch_id  bigint REFERENCES migration_batches (id),
    CHECK (closed_at IS NULL OR quantity = 0)
);
CREATE INDEX positions_user_symbol_idx ON positions (user_id, symbol);
CREATE INDEX positions_user_open_idx ON positions (user_id) WHERE closed_at IS NULL;
CREATE UNIQUE INDEX positions_user_legacy_key ON positions (user_id, legacy_ref) WHERE legacy_ref IS NOT NULL;

CREATE TABLE signals (
    id                  bigserial PRIMARY KEY,
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day                 date        NOT NULL,
    symbol              text        NOT NULL,
    verdict             text        CHECK (verdict IN ('strong_buy', 'buy', 'watch', 'avoid')),
    final_verdict       text        CHECK (final_verdict IN ('strong_buy', 'buy', 'watch', 'avoid')),
    status              text        NOT NULL DEFAULT 'success',
    source              text        NOT NULL DEFAULT 'analysis',
    strength_score      numeric(10,4),
    backtest_score      numeric(10,4),
    combined_score      numeric(10,4),
    last_close          numeric(16,2),
    indicators          jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- rsi10, ema9, ema200, volumes, ...
    details             jsonb       NOT NULL DEFAULT '{}'::jsonb,  -- buy range, target, stop, justification
    created_at          timestamptz NOT NULL DEFAULT now(),
    legacy_ref          text,
    legacy              jsonb,
    migration_batch_id  bigint REFERENCES migration_batches (id),
    CONSTRAINT signals_user_day_symbol_key UNIQUE (user_id, day, symbol)
);

-- The legacy tracking registry (system_recommended_symbols.json): what the bot bought and its order ids.
CREATE TABLE tracked_symbols (
    id                    bigserial PRIMARY KEY,
    user_id               bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    tracking_id           text        NOT NULL,
    symbol                text        NOT NULL,
    tracking_started_at   timestamptz NOT NULL,
    tracking_ended_at     timestamptz,
    tracking_status       text        NOT NULL CHECK (tracking_status IN ('active', 'completed')),
    system_qty            integer     NOT NULL DEFAULT 0,
    current_tracked_qty   integer     NOT NULL DEFAULT 0,
    pre_existing_qty      integer     NOT NULL DEFAULT 0,
    initial_order_id      text,
    related_order_ids     text[]      NOT NULL DEFAULT '{}',
    recommendation_source text,
    stop_reason           text,
    legacy                jsonb,
    migration_batch_id    bigint REFERENCES migration_batches (id),
    CONSTRAINT tracked_symbols_user_tracking_key UNIQUE (user_id, tracking_id)
);

CREATE TABLE daily_pnl (
    user_id             bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day                 date        NOT NULL,
    realised            numeric(16,2) NOT NULL DEFAULT 0,
    unrealised          numeric(16,2) NOT NULL DEFAULT 0,
    fees                numeric(16,4) NOT NULL DEFAULT 0,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    legacy_ref          text,
    migration_batch_id  bigint REFERENCES migration_batches (id),
    PRIMARY KEY (user_id, day)
);

CREATE TABLE paper_accounts (
    user_id             bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    initial_capital     numeric(16,2) NOT NULL CHECK (initial_capital > 0),
    available_cash      numeric(16,4) NOT NULL,
    margin_used         numeric(16,2) NOT NULL DEFAULT 0,
    realised_pnl        numeric(16,2) NOT NULL DEFAULT 0,
    unrealised_pnl      numeric(16,2) NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    legacy              jsonb,
    migration_batch_id  bigint REFERENCES migration_batches (id)
);

CREATE TABLE audit_log (
    id              bigserial PRIMARY KEY,
    actor_user_id   bigint      REFERENCES users (id) ON DELETE SET NULL,
    target_user_id  bigint      REFERENCES users (id) ON DELETE SET NULL,
    action          text        NOT NULL,
    details         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    at              timestamptz NOT NULL DEFAULT now(),
    remote_address  text,
    user_agent      text
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC);
CREATE INDEX audit_log_target_idx ON audit_log (target_user_id, at DESC);
