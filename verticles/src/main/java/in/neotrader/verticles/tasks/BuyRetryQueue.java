package in.neotrader.verticles.tasks;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.strategy.Signal;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.errors.DuplicateClientOrderId;
import in.neotrader.sql.orders.NewOrder;
import in.neotrader.verticles.orders.OrderPlacer;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.QueuedBuy;
import in.neotrader.sql.orders.RetryQueueRepository;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The failed-buy retry queue of TRADING_RULES §8 for one user: a buy refused for want of cash is kept as a
 * FAILED order with the legacy queue fields in its metadata, at most one live entry per symbol, until it is
 * placed, found held, or its window (the day it failed, and the next calendar day until 09:15) is over.
 */
final class BuyRetryQueue {

  private static final LocalTime RETRY_DEADLINE = LocalTime.of(9, 15);

  private final UserSession session;
  private final RetryQueueRepository queue;

  BuyRetryQueue(UserSession session) {
    this.session = session;
    this.queue = new RetryQueueRepository(session.pool());
  }

  /** Whether an entry first failed at {@code firstFailedAt} may still be retried at {@code now}. */
  static boolean eligible(Instant firstFailedAt, ZonedDateTime now) {
    LocalDate failedOn = firstFailedAt.atZone(TradingClock.IST).toLocalDate();
    LocalDate today = now.toLocalDate();
    return failedOn.equals(today) || failedOn.equals(today.minusDays(1)) && now.toLocalTime().isBefore(RETRY_DEADLINE);
  }

  Future<List<QueuedBuy>> live() {
    return queue.listLive(session.userId());
  }

  /** Closes the entries whose window is over; how many. */
  Future<Integer> expireStale() {
    ZonedDateTime now = session.clock().nowIst();
    return live().compose(entries -> {
      List<QueuedBuy> stale = entries.stream().filter(q -> !eligible(q.firstFailedAt(), now)).toList();
      Future<?> chain = Future.succeededFuture();
      for (QueuedBuy q : stale) {
        chain = chain.compose(v -> expire(q, "retry window over"));
      }
      return chain.map(stale.size());
    });
  }

  Future<Boolean> expire(QueuedBuy q, String why) {
    return close(q, new JsonObject().put("expired", true).put("closed_reason", why));
  }

  /** The entry was retried as {@code retry} (placed, rejected or found already placed). */
  Future<Boolean> done(QueuedBuy q, ClientOrderId retry, String outcome) {
    return close(q, new JsonObject().put("done", true).put("retried_as", retry.value())
        .put("closed_reason", outcome.toLowerCase()));
  }

  /** Retried and still short of cash: counts the attempt and records the new shortfall. */
  Future<Boolean> stillShort(QueuedBuy q, BigDecimal required, BigDecimal cash) {
    Instant now = session.clock().now();
    return session.mayWrite().compose(v -> queue.update(session.userId(), q.orderId(), q.quantity(), new JsonObject()
        .put("retry_count", q.retryCount() + 1).put("last_retry_attempt", now.toString())
        .put("required_cash", required.doubleValue()).put("shortfall", required.subtract(cash).doubleValue()), now));
  }

  /**
   * Records a buy refused for want of cash ({@code refused}, never sent): refreshes the symbol's live entry
   * ({@code existing}), or writes a new FAILED order under the intent's own client order id, so a re-run of the
   * task records it once.
   */
  Future<Void> recordShortfall(TradingTask task, LocalDate day, Signal signal, OrderRequest refused,
      BigDecimal executionCapital, BigDecimal cash, Optional<QueuedBuy> existing) {
    Instant now = session.clock().now();
    int quantity = refused.quantity();
    BigDecimal required = BuyingPower.required(refused.price(), quantity);
    JsonObject fields = new JsonObject().put("close", signal.lastClose().doubleValue())
        .put("qty", quantity).put("required_cash", required.doubleValue())
        .put("shortfall", required.subtract(cash).doubleValue()).put("reason", RetryQueueRepository.REASON)
        .put("execution_capital", executionCapital.doubleValue()).put("rsi10", signal.rsi10())
        .put("ema9", signal.ema9().doubleValue()).put("ema200", signal.ema200().doubleValue())
        .put("verdict", signal.finalVerdict().code());
    if (existing.isPresent()) {
      return session.mayWrite().compose(v -> queue.update(session.userId(), existing.get().orderId(), quantity,
          fields.put("last_retry_attempt", now.toString()), now)).mapEmpty();
    }
    NewOrder failed = new NewOrder(refused.clientOrderId().value(), null, signal.symbol(), refused.symbol(),
        refused.exchange().name(), refused.side().name(), quantity, refused.price(), null, refused.type().name(),
        refused.product().name(), refused.variety().name(), refused.validity().name(), "FAILED",
        RetryQueueRepository.REASON, task.stableName(), day, now, session.account().source(),
        OrderPlacer.namingItsRun(session, fields.put("first_failed_at", now.toString()).put("retry_count", 0)));
    return session.mayWrite()
        .compose(v -> new OrderRepository(session.pool()).insertFenced(session.userId(), session.leaseEpoch(), failed))
        .<Void>mapEmpty()
        .recover(err -> err instanceof DuplicateClientOrderId ? Future.succeededFuture() : Future.failedFuture(err));
  }

  private Future<Boolean> close(QueuedBuy q, JsonObject patch) {
    Instant now = session.clock().now();
    return session.mayWrite().compose(v -> queue.update(session.userId(), q.orderId(), q.quantity(),
        patch.put("closed_at", now.toString()), now));
  }
}
