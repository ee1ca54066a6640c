package in.neotrader.verticles.metrics;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.TaskOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What this node's engine did, counted in process (a scrape reads no table, and each node counts only its own
 * work, so Prometheus sums nodes without counting twice): task runs and their durations, broker errors by kind,
 * lease takeovers; gauges of the services running here and of the age of this node's last good heartbeat.
 */
public final class EngineMeters {
  private final MeterRegistry registry;
  private final Map<String, Counter> runs = new ConcurrentHashMap<>();
  private final Map<String, Timer> durations = new ConcurrentHashMap<>();

  public EngineMeters(MeterRegistry registry) {
    this.registry = registry;
    // Registered at 0 so the alert rules' rates exist before the first run, error or takeover.
    for (TradingTask task : TradingTask.values()) {
      for (TaskOutcome outcome : TaskOutcome.values()) {
        registry.counter("trading.task.runs", "task", task.stableName(), "status", outcome.stored());
      }
      duration(task.stableName());
    }
    registry.counter("trading.lease.takeovers");
    for (BrokerException.Code code : BrokerException.Code.values()) {
      registry.counter("trading.broker.errors", "kind", kind(code));
    }
    registry.counter("trading.broker.errors", "kind", "other");
  }

  private static String kind(BrokerException.Code code) {
    return code.name().toLowerCase();
  }

  /** For engines whose figures nobody scrapes (tests, benchmarks). */
  public static EngineMeters unscraped() {
    return new EngineMeters(new SimpleMeterRegistry());
  }

  public void taskRecorded(String task, String status, Duration took) {
    runs.computeIfAbsent(task + "|" + status, k -> registry.counter("trading.task.runs", "task", task, "status",
        status)).increment();
    duration(task).record(took);
  }

  /** Looked up once per task: a burst records ten thousand runs in seconds. */
  private Timer duration(String task) {
    return durations.computeIfAbsent(task, t -> Timer.builder("trading.task.duration").tag("task", t)
        .publishPercentileHistogram().register(registry));
  }

  /** A broker call that failed, by its kind (timeout, unavailable, session expired, rejected, ...). */
  public void brokerError(Throwable failure) {
    String kind = failure instanceof BrokerException b ? kind(b.code()) : "other";
    registry.counter("trading.broker.errors", "kind", kind).increment();
  }

  /** This node took over a user whose lease another node let expire. */
  public void leaseTakeover() {
    registry.counter("trading.lease.takeovers").increment();
  }

  public void servicesHere(IntSupplier running) {
    // Strong references: Micrometer holds a gauge's object weakly, and these suppliers have no other holder.
    Gauge.builder("trading.services.here", running, r -> r.getAsInt()).strongReference(true)
        .description("trading services running on this node").register(registry);
  }

  /** Seconds since this node's last heartbeat that renewed its leases (stale: its users' leases run out). */
  public void heartbeatAge(Supplier<Instant> lastGood) {
    Gauge.builder("trading.heartbeat.age", lastGood,
            last -> Duration.between(last.get(), Instant.now()).toMillis() / 1000.0)
        .strongReference(true).baseUnit("seconds").description("age of this node's last good heartbeat")
        .register(registry);
  }
}
