package in.neotrader.web.ops;

import in.neotrader.core.orders.OrderState;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The deployment's trading figures on /metrics, read from the database at each scrape with cheap queries only:
 * running services, open orders by status (the partial index of open orders), the age of the oldest order still
 * NEW (never acknowledged: stuck), whether the database answered, and the market data's freshness
 * ({@link MarketDataGauges}). What each node's engine does (task runs, broker errors, takeovers, its services and
 * heartbeat) it counts in process ({@code EngineMeters}) on this same registry.
 */
public final class TradingMetrics {
  private static final String RUNNING = "SELECT count(*) FROM service_status WHERE service_running";
  private static final List<String> OPEN = OrderState.names().stream()
      .filter(s -> !OrderState.valueOf(s).isTerminal()).toList();
  private static final String OPEN_ORDERS = "SELECT status, count(*), extract(epoch FROM now() - min(placed_at)) "
      + "FROM orders WHERE status IN ('" + String.join("', '", OPEN) + "') GROUP BY status";

  private final MeterRegistry registry;
  private final Pool pool;
  private final MarketDataGauges marketData;
  private final AtomicLong running = new AtomicLong();
  private final Map<String, AtomicLong> ordersByStatus = new ConcurrentHashMap<>();
  private final AtomicLong oldestNewSeconds = new AtomicLong();
  private final AtomicLong databaseUp = new AtomicLong();
  // Scrapes may arrive on several event loops at once: they share one refresh.
  private final AtomicReference<Future<Void>> refreshing = new AtomicReference<>();

  public TradingMetrics(MeterRegistry registry, Pool pool) {
    this.registry = registry;
    this.pool = pool;
    Metrics.addRegistry(registry);
    Gauge.builder("trading.services.running", running, AtomicLong::get)
        .description("users whose trading service should run").register(registry);
    for (String status : OPEN) {
      AtomicLong count = new AtomicLong();
      ordersByStatus.put(status, count);
      Gauge.builder("trading.orders", count, AtomicLong::get).tag("status", status)
          .description("open orders by status").register(registry);
    }
    Gauge.builder("trading.orders.new.oldest.age", oldestNewSeconds, AtomicLong::get).baseUnit("seconds")
        .description("age of the oldest order never acknowledged by the broker (0: none)").register(registry);
    Gauge.builder("trading.database.up", databaseUp, AtomicLong::get)
        .description("1 when the last scrape could read the database").register(registry);
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
    return pool.query(RUNNING).execute()
        .onSuccess(rows -> running.set(rows.iterator().next().getLong(0)))
        .compose(done -> pool.query(OPEN_ORDERS).execute())
        .onSuccess(rows -> {
          ordersByStatus.values().forEach(count -> count.set(0));
          oldestNewSeconds.set(0);
          for (Row row : rows) {
            ordersByStatus.get(row.getString(0)).set(row.getLong(1));
            if (OrderState.NEW.name().equals(row.getString(0))) {
              oldestNewSeconds.set(row.getBigDecimal(2).longValue());
            }
          }
        })
        .compose(done -> MarketDataFreshness.read(pool))
        .onSuccess(freshness -> marketData.set(freshness, Instant.now()))
        .<Void>mapEmpty()
        .onComplete(ar -> databaseUp.set(ar.succeeded() ? 1 : 0))
        .recover(e -> Future.succeededFuture());
  }
}
