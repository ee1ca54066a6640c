package in.neotrader.web.ops;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.marketdata.SourceState;
import in.neotrader.verticles.marketdata.quotes.QuoteCache;
import io.micrometer.core.instrument.Metrics;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How fresh the prices are, as /ready and /metrics show it: the last published candle day of the shared store,
 * each source's state from its ingests (deployment-wide), and this node's live-quote errors per source.
 *
 * @param lastCandleDay the last bhavcopy or Yahoo candle day stored (a provisional quote candle is not one)
 */
public record MarketDataFreshness(Optional<LocalDate> lastCandleDay, List<SourceState> sources) {

  public static Future<MarketDataFreshness> read(Pool pool) {
    Future<Optional<LocalDate>> lastDay = new DailyCandleReads(pool).lastDay();
    Future<List<SourceState>> sources = SourceState.all(pool);
    return Future.all(lastDay, sources).map(v -> new MarketDataFreshness(lastDay.result(), sources.result()));
  }

  /** The close of the last candle day, when a price of that day became final. */
  public Optional<Instant> lastCandleClose() {
    return lastCandleDay.map(d -> d.atTime(15, 30).atZone(TradingClock.IST).toInstant());
  }

  /** The /ready section: figures only; stale data never makes a node unready, the tasks refuse to trade on it. */
  public JsonObject toJson(Instant now) {
    JsonArray list = new JsonArray();
    for (SourceState s : sources) {
      list.add(new JsonObject().put("source", s.source()).put("lastDay", s.lastDay().map(Object::toString).orElse(null))
          .put("lastSuccessAt", s.lastSuccessAt().map(Instant::toString).orElse(null))
          .put("ageSeconds", s.lastSuccessAt().map(at -> Duration.between(at, now).toSeconds()).orElse(null))
          .put("lastError", s.lastError().orElse(null)).put("errorCount", s.errorCount()));
    }
    JsonObject quoteErrors = new JsonObject();
    Metrics.globalRegistry.find(QuoteCache.ERRORS_METER).counters()
        .forEach(c -> quoteErrors.put(c.getId().getTag("source"), (long) c.count()));
    return new JsonObject().put("lastCandleDay", lastCandleDay.map(Object::toString).orElse(null))
        .put("sources", list).put("quoteErrors", quoteErrors);
  }
}
