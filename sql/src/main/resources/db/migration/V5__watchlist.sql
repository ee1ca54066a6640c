-- Each trader's own watchlist: symbols the daily analysis screens beside the deployment's default universe.
CREATE TABLE watchlist (
    user_id   bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    symbol    text        NOT NULL,                      -- NSE base symbol: RELIANCE, M&M, BAJAJ-AUTO
    added_at  timestamptz NOT NULL,
    PRIMARY KEY (user_id, symbol)
);
