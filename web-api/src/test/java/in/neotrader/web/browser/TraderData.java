package in.neotrader.web.browser;

import in.neotrader.web.ApiServer;

/**
 * A trader's history as the pages show it: an open AMO order, signals of two days, two open positions and a closed
 * one, a paper account, a day of P&L, sell_monitor's minute-by-minute runs (five on the 27th; thirty, a failure and
 * three more on the 28th) and the 28th's analysis, and a few log lines.
 */
final class TraderData {
  private TraderData() {
  }

  static void seed(ApiServer server, long userId) {
    server.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, price, order_type,"
        + " variety, status, task, placed_at, source) VALUES (" + userId + ", 'ui-1', 'RELIANCE', 'BUY', 8, 1234.5,"
        + " 'LIMIT', 'AMO', 'OPEN', 'buy_orders', '2025-02-28 10:36:00+00', 'paper')");
    // A past trading day (a Friday): the page asked for today's signals and showed none.
    server.database.execute("INSERT INTO signals (user_id, day, symbol, verdict, final_verdict, strength_score,"
        + " backtest_score, combined_score, last_close, indicators, strategy, details) VALUES (" + userId
        + ", '2025-02-28', 'TATASTEEL',"
        + " 'buy', 'strong_buy', 28, 95, 61.5, 138.25, '{\"rsi10\": 24.31, \"ema9\": 141.2, \"ema200\": 120.1,"
        + " \"averageVolume\": 1000000, \"lastVolume\": 800000, \"backtestTrades\": 7}', 'dip', '{}'), (" + userId
        + ", '2025-02-28', 'INFY', 'watch', 'watch', -1, 45, 22.0, 1710.4, '{}', 'legacy-dip', '{\"explanation\":"
        + " [\"RSI10 25.00 against the threshold 20 (below EMA200)\", \"verdict watch\"]}'), (" + userId
        + ", '2025-02-27', 'SBIN', 'buy', 'buy', 5, 75, 40.0, 701.1, '{}', 'dip', '{}')");
    server.database.execute("INSERT INTO positions (user_id, symbol, quantity, average_price, realised_pnl, opened_at,"
        + " closed_at) VALUES (" + userId + ", 'TATASTEEL', 100, 130, 0, '2025-02-20 10:00+05:30', NULL), (" + userId
        + ", 'INFY', 10, 1800, 0, '2025-02-21 10:00+05:30', NULL), (" + userId + ", 'SBIN', 0, 690, 512.40,"
        + " '2025-02-10 10:00+05:30', '2025-02-27 11:00+05:30')");
    server.database.execute("INSERT INTO paper_accounts (user_id, initial_capital, available_cash) VALUES (" + userId
        + ", 1000000, 1234567.89)");
    server.database.execute("INSERT INTO daily_pnl (user_id, day, realised, unrealised) VALUES (" + userId
        + ", '2025-02-28', 512.40, -71.00)");
    // sell_monitor every minute: five runs on the 27th, thirty, a failure and three more on the 28th, then analysis.
    server.database.execute("INSERT INTO service_task_execution (user_id, task_name, trading_day, executed_at, status,"
        + " reason) SELECT " + userId + ", 'sell_monitor', DATE '2025-02-27', '2025-02-27 10:00+05:30'::timestamptz"
        + " + make_interval(mins => i), 'success', NULL::text FROM generate_series(0, 4) i UNION ALL SELECT " + userId
        + ", 'sell_monitor', '2025-02-28', '2025-02-28 09:15+05:30'::timestamptz + make_interval(mins => i), 'success',"
        + " NULL FROM generate_series(0, 29) i UNION ALL SELECT " + userId + ", 'sell_monitor', '2025-02-28',"
        + " '2025-02-28 09:45+05:30', 'failed', 'broker timeout'::text UNION ALL SELECT " + userId + ", 'sell_monitor',"
        + " '2025-02-28', '2025-02-28 09:46+05:30'::timestamptz + make_interval(mins => i), 'success', NULL FROM"
        + " generate_series(0, 2) i UNION ALL SELECT " + userId + ", 'analysis', '2025-02-28', '2025-02-28 16:00+05:30',"
        + " 'success', NULL");
    server.database.execute("INSERT INTO service_logs (user_id, at, level, task, message) VALUES (" + userId
        + ", '2025-02-28 09:45+05:30', 'ERROR', 'sell_monitor', 'broker timeout'), (" + userId
        + ", '2025-02-28 16:00+05:30', 'INFO', 'analysis', 'analysed 3 stocks')");
  }
}
