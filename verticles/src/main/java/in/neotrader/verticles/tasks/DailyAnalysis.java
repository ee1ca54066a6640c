package in.neotrader.verticles.tasks;

import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.marketdata.Universe;
import in.neotrader.core.strategy.Signal;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * analysis (16:00): screens the user's universe on today's daily candles and stores one signal per stock; the
 * signals themselves are computed once per node for users with the same settings ({@link SharedAnalyses}).
 */
public final class DailyAnalysis implements TaskRunner {

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    MarketData market = s.account().marketData();
    return market.universe(s.userId())
        .compose(universe -> SharedAnalyses.of(market).analyse(s.vertx(), screened(run, universe), run.day(),
            s.config()))
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
