package in.neotrader.web.ops;

import in.neotrader.core.orders.OrderState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The trading figures on /metrics, read from the database (the truth the engine commits to, whichever node ran
 * it) at each scrape: running services and orders by status as gauges, and each newly committed task run into a
 * counter and a duration histogram; the market data's freshness ({@link MarketDataGauges}). The engine may also record its own meters (e.g. {@code trading.broker.errors}) on
 * Micrometer's global registry, which this registry joins.
 */
public final class TradingMetrics {
  private static final String RUNNING = "SELECT count(*) FROM service_status WHERE service_running";
  private static final String ORDERS_BY_STATUS = "SELECT status, count(*) FROM orders GROUP BY status";
  private static final String NEW_RUNS = "SELECT id, task_name, status, duration_seconds FROM service_task_execution "
      + "WHERE id > $1 ORDER BY id LIMIT 5000";

  private final MeterRegistry registry;
  private final Pool pool;
  private final MarketDataGauges marketData;
  private final AtomicLong running = new AtomicLong();
  private final Map<String, AtomicLong> ordersByStatus = new ConcurrentHashMap<>();
  // Scrapes may arrive on several event loops at once: they share one refresh, so no run is counted twice.
  private final AtomicReference<Future<Void>> refreshing = new AtomicReference<>();
  private volatile long lastRunId = -1;

  public TradingMetrics(MeterRegistry registry, Pool pool) {
    this.registry = registry;
    this.pool = pool;
    Metrics.addRegistry(registry);
    Gauge.builder("trading.services.running", running, AtomicLong::get)
        .description("users whose trading service should run").register(registry);
    for (String status : OrderState.names()) {
      AtomicLong count = new AtomicLong();
      ordersByStatus.put(status, count);
      Gauge.builder("trading.orders", count, AtomicLong::get).tag("status", status)
          .description("orders by status").register(registry);
    }
    Counter.builder("trading.broker.errors").tag("kind", "any").description("broker errors seen by the engine")
        .register(registry);
    marketData = new MarketDataGauges(registry);
  }

  /** This node's failed heartbeats (each risks the leases of its users), counted by the engine. */
  public void countHeartbeatFailures(LongSupplier failures) {
    FunctionCounter.builder("trading.heartbeat.failures", failures, f -> f.getAsLong())
        .description("heartbeats of this node that failed").register(registry);
  }

  /** Reads the figures now (a scrape's figures are never older than the scrape); never fails. */
  public Future<Void> refresh() {
    Promise<Void> mine = Promise.promise();
    Future<Void> running = refreshing.compareAndExchange(null, mine.future());
    if (running != null) {
      return running;
    }
    read().onComplete(ar -> {
      refreshing.set(null);
      mine.complete();
    });
    return mine.future();
  }

  private Future<Void> read() {
    Future<Void> gauges = pool.query(RUNNING).execute()
        .onSuccess(rows -> running.set(rows.iterator().next().getLong(0)))
        .compose(done -> pool.query(ORDERS_BY_STATUS).execute())
        .onSuccess(rows -> rows.forEach(row -> ordersByStatus
            .computeIfAbsent(row.getString(0), s -> new AtomicLong()).set(row.getLong(1))))
        .compose(done -> MarketDataFreshness.read(pool))
        .onSuccess(freshness -> marketData.set(freshness, Instant.now()))
        .mapEmpty();
    return gauges.compose(done -> countNewRuns()).recover(e -> Future.succeededFuture());
  }

  /** The first refresh only finds where history ends: a restart must not count old runs again. */
  private Future<Void> countNewRuns() {
    if (lastRunId < 0) {
      return pool.query("SELECT coalesce(max(id), 0) FROM service_task_execution").execute()
          .onSuccess(rows -> lastRunId = rows.iterator().next().getLong(0)).mapEmpty();
    }
    return pool.preparedQuery(NEW_RUNS).execute(Tuple.of(lastRunId)).onSuccess(rows -> {
      for (Row row : rows) {
        lastRunId = Math.max(lastRunId, row.getLong("id"));
        String task = row.getString("task_name");
        String status = row.getString("status");
        registry.counter("trading.task.runs", "task", task, "status", status).increment();
        Timer.builder("trading.task.duration").tag("task", task).publishPercentileHistogram()
            .register(registry)
            .record(Duration.ofMillis(Math.round(row.getBigDecimal("duration_seconds").doubleValue() * 1000)));
      }
    }).mapEmpty();
  }
}
