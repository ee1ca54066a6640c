package in.neotrader.core.backtest;

import in.neotrader.core.strategy.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A strategy's trades over stored candles and what they came to: P&L in rupees (gross, each trade bought with the
 * user's capital per trade), the share of trades won, and the deepest fall of the realised P&L from its peak.
 *
 * @param returnPct P&L over the capital the trades bought with, in percent
 * @param maxDrawdown the largest fall of cumulative realised P&L below an earlier peak, in rupees (0 or more)
 * @param maxDrawdownPct that fall against the capital the trades bought with (the base of returnPct), in percent
 * @param skipped symbols without candles in the range, and why
 */
public record BacktestReport(String strategy, LocalDate from, LocalDate to, List<String> symbols,
    List<SizedTrade> trades, int wins, double winRatePct, BigDecimal pnl, double returnPct, BigDecimal maxDrawdown,
    double maxDrawdownPct, List<String> skipped) {

  public BacktestReport {
    symbols = List.copyOf(symbols);
    trades = List.copyOf(trades);
    skipped = List.copyOf(skipped);
  }

  /** A trade with the quantity the capital per trade bought and its P&L. */
  public record SizedTrade(Trade trade, int quantity, BigDecimal entryPrice, BigDecimal exitPrice, BigDecimal pnl) {}
}
