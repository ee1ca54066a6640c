-- The service holds at most one open trade cycle per symbol, so a buy can add to it with one atomic
-- upsert. Imported legacy cycles (legacy_ref set) are exempt: the legacy service could leave several
-- open entries for one symbol, and the import must keep each of them.
CREATE UNIQUE INDEX positions_user_open_symbol_key ON positions (user_id, symbol)
    WHERE closed_at IS NULL AND legacy_ref IS NULL;
