-- A user holds at most one open trade cycle per symbol, so a buy can add to it with one atomic upsert.
CREATE UNIQUE INDEX positions_user_open_symbol_key ON positions (user_id, symbol) WHERE closed_at IS NULL;
