-- Market data is shared by the whole deployment (no user_id): one copy of every candle, whoever scans it.
-- Prices are stored as published (raw) with the cumulative corporate-action factor beside them, so an
-- adjustment can be audited and redone: adjusted price = raw * adjust_factor, adjusted volume = raw / factor.

-- The NSE equity list, from the bhavcopy and, for broker accounts, the Kotak scrip master.
CREATE TABLE instruments (
    symbol                text        NOT NULL,            -- NSE symbol: RELIANCE, M&M, BAJAJ-AUTO
    series                text        NOT NULL,            -- EQ, BE, BZ, BL, SM, ...
    isin                  text,
    nse_token             text,                            -- bhavcopy FinInstrmId
    kotak_token           text,                            -- scrip master pSymbol (quotes are keyed by it)
    kotak_trading_symbol  text,                            -- scrip master pTrdSymbol, e.g. RELIANCE-EQ
    -- The scrip master's tick (rupees); NULL until a scrip master was read: the port then applies the NSE
    -- band table (core TickSize.nse()) to last_close, since one fixed default is wrong above 1 000 rupees.
    tick_size             numeric(12,4) CHECK (tick_size > 0),
    last_close            numeric(14,4),                   -- the last bhavcopy close of this series
    lot_size              integer     NOT NULL DEFAULT 1 CHECK (lot_size > 0),
    name                  text,
    first_seen            date,
    last_seen             date,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, series)
);
CREATE INDEX instruments_isin_idx ON instruments (isin);
CREATE INDEX instruments_kotak_token_idx ON instruments (kotak_token);

-- One candle per symbol and trading day (from the symbol's main equity series).
CREATE TABLE daily_candles (
    symbol         text          NOT NULL,
    day            date          NOT NULL,
    series         text          NOT NULL DEFAULT 'EQ',
    open           numeric(14,4) NOT NULL CHECK (open > 0),
    high           numeric(14,4) NOT NULL CHECK (high > 0),
    low            numeric(14,4) NOT NULL CHECK (low > 0),
    close          numeric(14,4) NOT NULL CHECK (close > 0),
    volume         bigint        NOT NULL CHECK (volume >= 0),
    prev_close     numeric(14,4),                          -- as published (bhavcopy PrvsClsgPric)
    adjust_factor  numeric(24,12) NOT NULL DEFAULT 1 CHECK (adjust_factor > 0),
    source         text          NOT NULL CHECK (source IN ('bhavcopy', 'yahoo', 'quote')),
    ingested_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, day),
    CHECK (low <= high)
);
CREATE INDEX daily_candles_day_idx ON daily_candles (day);

-- Splits and bonuses found on an ex-date (or from Yahoo's split events): every candle of the symbol
-- before ex_date had its adjust_factor multiplied by factor.
CREATE TABLE corporate_actions (
    symbol      text           NOT NULL,
    ex_date     date           NOT NULL,
    factor      numeric(24,12) NOT NULL CHECK (factor > 0),
    source      text           NOT NULL,                   -- 'bhavcopy-prev-close' or 'yahoo-split'
    detail      jsonb          NOT NULL DEFAULT '{}'::jsonb,
    applied_at  timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, ex_date)
);

-- A symbol renamed by NSE (same ISIN, new ticker): its history moves to the new symbol.
CREATE TABLE symbol_changes (
    old_symbol  text        NOT NULL,
    new_symbol  text        NOT NULL,
    isin        text,
    effective   date        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (old_symbol, effective)
);

-- Each source's state, for /ready, /metrics and the admin page.
CREATE TABLE market_data_sources (
    source           text PRIMARY KEY,                     -- nse-bhavcopy, yahoo, kotak-scrip-master, kotak-quotes
    last_day         date,                                 -- the last trading day whose data it delivered
    last_success_at  timestamptz,
    last_attempt_at  timestamptz,
    last_error       text,
    error_count      bigint NOT NULL DEFAULT 0 CHECK (error_count >= 0),
    details          jsonb  NOT NULL DEFAULT '{}'::jsonb
);

-- One row per (source, trading day) ingested: the day is fetched once for the deployment.
CREATE TABLE market_data_ingests (
    source       text        NOT NULL,
    day          date        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('ingested', 'no_file', 'refused')),
    rows         integer     NOT NULL DEFAULT 0 CHECK (rows >= 0),
    file_sha256  text,
    message      text,
    finished_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, day)
);
