-- Risk limits of the pre-trade check (issue 13): empty amounts are limits the user did not set. max_portfolio_size
-- (legacy 6) is the open-positions limit.
ALTER TABLE user_trading_config
    ADD COLUMN max_order_value      numeric(16,2) CHECK (max_order_value > 0),
    ADD COLUMN max_capital_deployed numeric(16,2) CHECK (max_capital_deployed > 0),
    ADD COLUMN max_orders_per_day   integer NOT NULL DEFAULT 50 CHECK (max_orders_per_day BETWEEN 1 AND 1000),
    ADD COLUMN daily_loss_cap       numeric(16,2) CHECK (daily_loss_cap > 0);
