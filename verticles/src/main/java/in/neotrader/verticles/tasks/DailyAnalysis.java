package in.neotrader.verticles.tasks;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.strategy.SignalAnalysis;
import in.neotrader.core.strategy.StockInputs;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** analysis (16:00): screens the user's universe on today's daily candles and stores one signal per stock. */
public final class DailyAnalysis implements TaskRunner {

  /** About 800 calendar days of trading, as the legacy EMA200 used. */
  private static final int HISTORY_CANDLES = 560;

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    MarketData market = s.account().marketData();
    return market.universe(s.userId())
        .compose(universe -> Future.all(screened(run, universe).stream()
            .map(sym -> market.dailyCandles(sym, run.day(), HISTORY_CANDLES).map(c -> inputs(sym, run, c)))
            .toList()))
        .compose(all -> s.vertx().executeBlocking(() -> analyse(all.list(), s), false))
        .compose(signals -> store(run, signals));
  }

  // A symbol asked for but without stored candles is left out, and the run says which and why.
  private static List<String> screened(TaskRun run, Universe universe) {
    if (!universe.skipped().isEmpty()) {
      JsonObject skipped = new JsonObject(new LinkedHashMap<>(universe.skipped()));
      run.details().put("skippedSymbols", skipped);
      run.log(LogLevel.WARN, "analysis skips " + skipped.size() + " symbols without stored candles: "
          + String.join(", ", universe.skipped().keySet()), new JsonObject().put("skippedSymbols", skipped));
    }
    return universe.symbols();
  }

  private static StockInputs inputs(String symbol, TaskRun run, List<Candle> candles) {
    return StockInputs.fromCandles(symbol, run.day(), candles);
  }

  // The backtest of every stock is CPU work of tens of milliseconds: kept off the event loop.
  private static List<Signal> analyse(List<StockInputs> stocks, UserSession s) {
    List<Signal> out = new ArrayList<>();
    for (StockInputs in : stocks) {
      Optional<Signal> signal = SignalAnalysis.analyse(in, s.config());
      signal.ifPresent(out::add);
    }
    return out;
  }

  private static Future<Void> store(TaskRun run, List<Signal> signals) {
    UserSession s = run.session();
    SignalRepository repo = new SignalRepository(s.pool());
    Future<?> chain = Future.succeededFuture();
    for (Signal signal : signals) {
      chain = chain.compose(v -> s.mayWrite()).compose(v -> repo.upsert(s.userId(), StoredSignals.toRow(signal))
          .onSuccess(row -> run.events().add("signal.created", run.now(), StoredSignals.toJson(row))));
    }
    long buys = signals.stream().filter(sig -> sig.isRecommended(s.config().minCombinedScore())).count();
    return chain.map(v -> {
      run.details().put("analysed", signals.size()).put("recommended", buys);
      run.log(LogLevel.INFO, "analysis stored " + signals.size() + " signals, " + buys + " recommended",
          new JsonObject().put("analysed", signals.size()).put("recommended", buys));
      return null;
    });
  }
}
