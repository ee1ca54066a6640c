package in.neotrader.core.strategy.legacy;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.strategy.PriceHistory;
import in.neotrader.core.strategy.Recommendations;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.Strategy;
import in.neotrader.core.strategy.Trade;
import in.neotrader.core.strategy.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code legacy-dip}: the legacy analysis reproduced as TRADING_RULES §3.2a–3.7 describe it, quirks included, so
 * that a migrated trader sees the same picks from the same prices. Where §3.7 is silent the choice is marked
 * [assumed] where it is made; docs/STRATEGIES.md compares it with {@code dip}.
 */
public final class LegacyDipStrategy implements Strategy {

  public static final String NAME = "legacy-dip";

  /** §3.7: the daily fetch asks for 1,825 calendar days. */
  static final int HISTORY_DAYS = 1825;
  /** §3.7: stocks with 30 rows or more are analysed (EMA200 undefined below 200). */
  static final int MIN_ROWS = 30;
  /** §3.7: the integrated backtest covers 730 calendar days after 420 days of warm-up. */
  static final int BACKTEST_DAYS = 730;
  static final int BACKTEST_WARMUP_DAYS = 420;

  private static final Comparator<Signal> PRIORITY = Comparator
      .comparing((Signal s) -> s.indicators().getOrDefault("priorityScore", 0.0), Comparator.reverseOrder())
      .thenComparing(Signal::symbol);

  @Override
  public String name() {
    return NAME;
  }

  /** Enough NSE sessions to cover 1,825 calendar days. */
  @Override
  public int historyCandles() {
    return 1300;
  }

  /** The 420 calendar days of warm-up of §3.7, in NSE sessions. */
  @Override
  public int backtestWarmUpCandles() {
    return 300;
  }

  @Override
  public Optional<Signal> analyse(PriceHistory history, TradingConfig config) {
    List<Candle> daily = since(history.daily(), history.day().minusDays(HISTORY_DAYS));
    if (daily.size() < MIN_ROWS) {
      return Optional.empty();
    }
    LegacySeries s = new LegacySeries(daily, config.rsiPeriod());
    int t = s.size() - 1;
    LegacyDay day = LegacyVerdictRules.at(s, t, config);
    LocalDate from = history.day().minusDays(BACKTEST_DAYS);
    List<Trade> fills = trades(history, from, history.day(), config);
    double strength = LegacyScores.strength(day.verdict(), day.facts());
    double backtest = LegacyScores.backtest(fills);
    double combined = LegacyScores.combined(strength, backtest);
    Verdict finalVerdict = LegacyScores.finalVerdict(s.rsi[t], backtest, combined, fills.size());
    double priority = LegacyPriority.score(s.rsi[t], backtest, day.chart().score());
    List<String> words = new ArrayList<>(day.reasons());
    words.add(String.format("backtest: %d executed trades, return %.2f%%, win rate %.1f%%: score %.2f;"
        + " strength %.0f, combined %.2f: final %s", fills.size(), LegacyScores.returnPct(fills),
        LegacyScores.winRatePct(fills), backtest, strength, combined, finalVerdict.code()));
    Map<String, Double> own = Map.of("ema50", finite(s.ema50[t]), "chartScore", day.chart().score(),
        "candlePenalty", (double) day.facts().candlePenalty(), "dipPoints", (double) day.facts().dip().points,
        "backtestReturnPct", LegacyScores.returnPct(fills), "backtestWinRatePct", LegacyScores.winRatePct(fills),
        "priorityScore", priority);
    return Optional.of(new Signal(history.symbol(), history.day(), day.verdict(), finalVerdict, strength, backtest,
        combined, fills.size(), s.rsi[t], price(s.ema9[t]), price(s.ema200[t]), price(s.close[t]),
        s.averageVolume(t), s.volume[t], NAME, own, words));
  }

  @Override
  public List<Trade> trades(PriceHistory history, LocalDate from, LocalDate to, TradingConfig config) {
    List<Candle> window = since(history.daily(), from.minusDays(BACKTEST_WARMUP_DAYS)).stream()
        .filter(c -> !c.day().isAfter(to)).toList();
    if (window.size() < 2) {
      return List.of();
    }
    return LegacyBacktest.trades(history.symbol(), new LegacySeries(window, config.rsiPeriod()), from, to, config);
  }

  /** Quirk: ranked by the priority score, not by verdict and combined score. */
  @Override
  public List<Signal> buyOrder(List<Signal> signals, double minCombinedScore) {
    return Recommendations.select(signals, minCombinedScore).stream().sorted(PRIORITY).toList();
  }

  private static List<Candle> since(List<Candle> daily, LocalDate first) {
    int i = 0;
    while (i < daily.size() && daily.get(i).day().isBefore(first)) {
      i++;
    }
    return daily.subList(i, daily.size());
  }

  /** Absent (NaN) values are stored as 0 among the strategy's own indicators. */
  private static double finite(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  /** Null while the indicator is undefined (EMA200 in the warm-up). */
  private static BigDecimal price(double v) {
    return Double.isNaN(v) ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }
}
