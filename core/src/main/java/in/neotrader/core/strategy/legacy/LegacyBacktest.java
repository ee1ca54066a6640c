package in.neotrader.core.strategy.legacy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.Trade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The legacy's integrated backtest (TRADING_RULES §3.7): an entry only when RSI10 < 30, the close is above EMA200
 * and that day's full analysis says buy or strong_buy; filled at the next day's open; the target is that day's
 * EMA9 and stays fixed; out when the high reaches the target (at the target) or RSI10 closes above 50 (at the
 * close). While in, re-entries (pyramiding) at RSI10 < 20 and < 10 with the reset cycles of §7, each filled at the
 * next open. Each fill is one trade, so re-entries count in executed_trades.
 */
final class LegacyBacktest {

  static final double ENTRY_RSI = 30;
  static final double EXIT_RSI = 50;

  private LegacyBacktest() {}

  /** Entries signalled on the days from {@code from} to {@code to}; a position still open ends at the last close. */
  static List<Trade> trades(String symbol, LegacySeries s, LocalDate from, LocalDate to, TradingConfig config) {
    List<Trade> fills = new ArrayList<>();
    int n = s.size();
    for (int t = 0; t < n - 1 && !s.candles.get(t).day().isAfter(to); t++) {
      if (s.candles.get(t).day().isBefore(from) || !(s.rsi[t] < ENTRY_RSI) || !s.aboveEma200(t)
          || !LegacyVerdictRules.at(s, t, config).verdict().isBuy()) {
        continue;
      }
      t = position(symbol, s, t, fills);
    }
    return fills;
  }

  /** Holds the position signalled on day t; adds its fills and returns the exit day's index. */
  private static int position(String symbol, LegacySeries s, int t, List<Trade> fills) {
    int n = s.size();
    double target = s.ema9[t];
    List<Integer> entries = new ArrayList<>(List.of(t + 1));
    ReentryLevels levels = new ReentryLevels();
    for (int u = t + 1; u < n; u++) {
      String reason = s.high[u] >= target ? "high reached the EMA9 target"
          : s.rsi[u] > EXIT_RSI ? "RSI10 above 50" : null;
      if (reason != null) {
        double price = s.high[u] >= target ? target : s.close[u];
        close(symbol, s, entries, u, price, reason, false, fills);
        return u;
      }
      if (u + 1 < n && levels.reenters(s.rsi[u])) {
        entries.add(u + 1);
      }
    }
    close(symbol, s, entries, n - 1, s.close[n - 1], "end of history", true, fills);
    return n - 1;
  }

  private static void close(String symbol, LegacySeries s, List<Integer> entries, int exit, double price,
      String reason, boolean open, List<Trade> fills) {
    for (int e : entries) {
      fills.add(new Trade(symbol, s.candles.get(e).day(), s.open[e], s.candles.get(exit).day(), price, reason, open));
    }
  }

  /** The re-entry levels of TRADING_RULES §7: {"30": true, "20": false, "10": false} at the first entry. */
  static final class ReentryLevels {
    private boolean taken20;
    private boolean taken10;
    private boolean resetReady;

    /** Whether RSI10 at a close adds a re-entry at the next open. */
    boolean reenters(double rsi) {
      if (rsi > 30) {
        resetReady = true;
        return false;
      }
      if (rsi < 30 && resetReady) {
        taken20 = false;
        taken10 = false;
        resetReady = false;
        return true;
      }
      if (rsi < 20 && !taken20) {
        taken20 = true;
        return true;
      }
      if (rsi < 10 && taken20 && !taken10) {
        taken10 = true;
        return true;
      }
      return false;
    }
  }
}
