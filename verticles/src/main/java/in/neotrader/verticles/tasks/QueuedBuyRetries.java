package in.neotrader.verticles.tasks;

import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.orders.QueuedBuy;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.orders.OrderPlacer;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first step of a placement run (TRADING_RULES §8): every live queue entry is settled before any new
 * recommendation. Already held: closed. Buy pending or portfolio full: kept. Still short of cash: counted.
 * Affordable: placed as a new order (leg 2 of the run's task, so a re-run finds it instead of placing twice).
 */
final class QueuedBuyRetries {

  /** The leg of a retry; leg 1 of the same (day, task, symbol) is the run's own buy of a recommendation. */
  private static final int RETRY_LEG = 2;

  private final TaskRun run;
  private final TradingTask task;
  private final BuyRetryQueue queue;
  private final OrderPlacer placer;
  private final JsonArray report = new JsonArray();

  QueuedBuyRetries(TaskRun run, TradingTask task, BuyRetryQueue queue, OrderPlacer placer) {
    this.run = run;
    this.task = task;
    this.queue = queue;
    this.placer = placer;
  }

  /** Settles {@code live} (oldest first); the entries still live afterwards, by symbol. */
  Future<Map<String, QueuedBuy>> retry(List<QueuedBuy> live, Set<String> held, BuyingPower power) {
    Map<String, QueuedBuy> newest = new HashMap<>();
    live.forEach(q -> newest.put(q.symbol(), q));
    Map<String, QueuedBuy> stillLive = new HashMap<>();
    ZonedDateTime now = run.session().clock().nowIst();
    Future<?> chain = Future.succeededFuture();
    for (QueuedBuy q : live) {
      chain = chain.compose(v -> {
        if (newest.get(q.symbol()) != q) {
          return settled(q, "superseded by a newer failure", queue.expire(q, "superseded by a newer failure"));
        }
        if (!BuyRetryQueue.eligible(q.firstFailedAt(), now)) {
          return settled(q, "retry window over", queue.expire(q, "retry window over"));
        }
        if (held.contains(q.symbol())) {
          return settled(q, "already held", queue.expire(q, "already held"));
        }
        if (power.isTaken(q.symbol()) || power.isFull() || q.close() == null) {
          stillLive.put(q.symbol(), q);
          return settled(q, power.isTaken(q.symbol()) ? "buy pending" : power.isFull() ? "portfolio full"
              : "no close to size from", Future.succeededFuture());
        }
        return AmoEntry.instrument(run.session(), q.symbol()).compose(listed -> {
          if (listed.isEmpty()) {
            // The store may list it after its next refresh: kept for the rest of its window.
            stillLive.put(q.symbol(), q);
            return settled(q, AmoEntry.NOT_LISTED, Future.succeededFuture());
          }
          OrderRequest request = AmoEntry.request(run.session(), retryId(q), listed.get(), q.quantity(), q.close());
          BigDecimal required = BuyingPower.required(request.price(), q.quantity());
          if (power.cash().compareTo(required) < 0) {
            stillLive.put(q.symbol(), q);
            return settled(q, "still short of cash", queue.stillShort(q, required, power.cash()));
          }
          JsonObject meta = AmoEntry.describe(listed.get(), run.session()).put("retryOf", q.clientOrderId())
              .put("close", q.close().doubleValue()).put("retryCount", q.retryCount());
          return place(q, request, meta, power);
        });
      });
    }
    return chain.map(v -> {
      run.details().put("retried", report);
      return stillLive;
    });
  }

  private ClientOrderId retryId(QueuedBuy q) {
    return ClientOrderId.of(run.session().userId(), run.day(), task, q.symbol(), OrderSide.BUY, RETRY_LEG);
  }

  private Future<Void> place(QueuedBuy q, OrderRequest request, JsonObject meta, BuyingPower power) {
    return placer.place(request, task, meta, run.events()).compose(outcome -> {
      power.spend(q.symbol(), request.price(), q.quantity());
      return settled(q, "retried: " + outcome.name(), queue.done(q, request.clientOrderId(), outcome.name()));
    });
  }

  private Future<Void> settled(QueuedBuy q, String outcome, Future<Boolean> written) {
    return written.map(v -> {
      report.add(new JsonObject().put("symbol", q.symbol()).put("quantity", q.quantity()).put("outcome", outcome));
      run.log(LogLevel.INFO, "queued buy of " + q.symbol() + ": " + outcome, null);
      return null;
    });
  }
}
