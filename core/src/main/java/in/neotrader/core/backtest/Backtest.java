package in.neotrader.core.backtest;

import in.neotrader.core.backtest.BacktestReport.SizedTrade;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.Trade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replays one strategy over stored candles of several symbols: each symbol's entries and exits come from the
 * strategy ({@link Strategy#trades}), each trade buys {@code user_capital} worth (at least min_qty shares) at its
 * entry price, and the trades are then taken together in the order they closed. Pure CPU work: callers run it off
 * the event loop.
 */
public final class Backtest {

  private Backtest() {}

  /**
   * @param histories one per symbol, each holding the strategy's warm-up before {@code from} and ending at
   *     {@code to} or earlier
   */
  public static BacktestReport run(Strategy strategy, List<PriceHistory> histories, LocalDate from, LocalDate to,
      TradingConfig config) {
    List<SizedTrade> sized = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (PriceHistory h : histories) {
      if (h.daily().stream().noneMatch(c -> !c.day().isBefore(from) && !c.day().isAfter(to))) {
        skipped.add(h.symbol() + ": no stored candles from " + from + " to " + to);
        continue;
      }
      strategy.trades(h, from, to, config).forEach(t -> sized.add(size(t, config)));
    }
    sized.sort(Comparator.comparing((SizedTrade s) -> s.trade().exitDay()).thenComparing(s -> s.trade().entryDay())
        .thenComparing(s -> s.trade().symbol()));
    return report(strategy.name(), from, to, histories.stream().map(PriceHistory::symbol).toList(), sized, skipped);
  }

  private static SizedTrade size(Trade t, TradingConfig config) {
    BigDecimal entry = price(t.entryPrice());
    BigDecimal exit = price(t.exitPrice());
    int quantity = Math.max(config.minQty(), config.userCapital().divide(entry, 0, RoundingMode.FLOOR).intValue());
    return new SizedTrade(t, quantity, entry, exit, exit.subtract(entry).multiply(BigDecimal.valueOf(quantity)));
  }

  private static BacktestReport report(String strategy, LocalDate from, LocalDate to, List<String> symbols,
      List<SizedTrade> trades, List<String> skipped) {
    BigDecimal pnl = BigDecimal.ZERO;
    BigDecimal deployed = BigDecimal.ZERO;
    BigDecimal peak = BigDecimal.ZERO;
    BigDecimal drawdown = BigDecimal.ZERO;
    int wins = 0;
    for (SizedTrade t : trades) {
      pnl = pnl.add(t.pnl());
      deployed = deployed.add(t.entryPrice().multiply(BigDecimal.valueOf(t.quantity())));
      wins += t.pnl().signum() > 0 ? 1 : 0;
      peak = peak.max(pnl);
      if (peak.subtract(pnl).compareTo(drawdown) > 0) {
        drawdown = peak.subtract(pnl);
      }
    }
    double winRate = trades.isEmpty() ? 0 : 100.0 * wins / trades.size();
    double returnPct = deployed.signum() == 0 ? 0 : 100 * pnl.doubleValue() / deployed.doubleValue();
    double drawdownPct = deployed.signum() == 0 ? 0 : 100 * drawdown.doubleValue() / deployed.doubleValue();
    return new BacktestReport(strategy, from, to, symbols, trades, wins, winRate, pnl, returnPct, drawdown,
        drawdownPct, skipped);
  }

  // A strategy's prices are computed (an EMA target): in rupees and paise as an order would carry them.
  private static BigDecimal price(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}
