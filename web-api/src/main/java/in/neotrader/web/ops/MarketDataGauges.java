package in.neotrader.web.ops;

import in.neotrader.sql.marketdata.SourceState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The market-data freshness on /metrics, set from each scrape's {@link MarketDataFreshness}: the close of the
 * last stored candle day (epoch seconds; alert when it is more than a trading day old), and per source the
 * age of its last success and its error count. A figure never known is NaN, not a made-up zero.
 */
final class MarketDataGauges {
  private static final long UNKNOWN = Long.MIN_VALUE;

  private final MeterRegistry registry;
  private final AtomicLong lastCandleClose = new AtomicLong(UNKNOWN);
  private final Map<String, AtomicLong> successAge = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  MarketDataGauges(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("market.data.last.candle", lastCandleClose, MarketDataGauges::value).baseUnit("timestamp.seconds")
        .description("close of the last trading day whose candles are stored").register(registry);
  }

  void set(MarketDataFreshness freshness, Instant now) {
    lastCandleClose.set(freshness.lastCandleClose().map(Instant::getEpochSecond).orElse(UNKNOWN));
    for (SourceState s : freshness.sources()) {
      gauge(successAge, "market.data.source.success.age", "seconds", s.source(),
          "seconds since the source last delivered").set(s.lastSuccessAt()
              .map(at -> Duration.between(at, now).toSeconds()).orElse(UNKNOWN));
      gauge(errors, "market.data.source.errors", null, s.source(), "errors the source answered, all nodes")
          .set(s.errorCount());
    }
  }

  private AtomicLong gauge(Map<String, AtomicLong> values, String name, String unit, String source, String what) {
    return values.computeIfAbsent(source, s -> {
      AtomicLong value = new AtomicLong(UNKNOWN);
      Gauge.builder(name, value, MarketDataGauges::value).baseUnit(unit).tag("source", s).description(what)
          .register(registry);
      return value;
    });
  }

  private static double value(AtomicLong v) {
    long x = v.get();
    return x == UNKNOWN ? Double.NaN : x;
  }
}
