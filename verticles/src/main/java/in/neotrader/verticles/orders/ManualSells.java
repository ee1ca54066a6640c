package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.sql.orders.NewOrder;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The manual-sell check of sell_monitor (TRADING_RULES §2.3): a SELL filled in the broker's book that the service
 * did not place, of a symbol it holds, is the trader's own exit. It is adopted as an order of task
 * {@value #TASK} (its broker id once per user, so a second look adds nothing), its fill reduces or closes the
 * cycle with {@value #EXIT_REASON}, and the service's own sell of that symbol is cut to what is left or
 * cancelled, so the shares are never sold twice.
 */
public final class ManualSells {

  /** The task column of an adopted manual sell. */
  public static final String TASK = "manual_sell";
  /** The exit reason of a cycle the trader closed outside the service. */
  public static final String EXIT_REASON = "MANUAL_EXIT";

  private final UserSession session;
  private final OrderRepository orders;

  public ManualSells(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
  }

  /**
   * Adopts the manual sells in the broker's order book ({@code lastLook} when the caller just read it); how many
   * were adopted. Without an open cycle nothing can be a manual exit and the book is not asked.
   */
  public Future<Integer> adopt(Optional<List<BrokerOrder>> lastLook, PendingEvents events) {
    return new PositionRepository(session.pool()).listOpen(session.userId()).compose(open -> {
      if (open.isEmpty()) {
        return Future.succeededFuture(0);
      }
      Map<String, Integer> held = new HashMap<>();
      open.forEach(p -> held.merge(p.symbol(), p.quantity(), Integer::sum));
      return lastLook.map(Future::succeededFuture).orElseGet(() -> session.account().broker().orderBook())
          .compose(book -> adoptAll(book, held, events));
    });
  }

  private Future<Integer> adoptAll(List<BrokerOrder> book, Map<String, Integer> held, PendingEvents events) {
    Future<Integer> adopted = Future.succeededFuture(0);
    for (BrokerOrder row : book) {
      String symbol = TradingSymbol.base(row.symbol());
      if (row.side() == OrderSide.SELL && row.filledQuantity() > 0 && held.containsKey(symbol)) {
        adopted = adopted.compose(n -> isOurs(row).compose(ours -> ours || held.get(symbol) <= 0
            ? Future.succeededFuture(n) : adoptOne(row, symbol, held, events).map(n + 1)));
      }
    }
    return adopted;
  }

  /** Placed by the service: known by its broker id, or by our tag when its placement answer was lost. */
  private Future<Boolean> isOurs(BrokerOrder row) {
    return orders.findByBrokerOrderId(session.userId(), row.brokerOrderId()).compose(byId -> byId.isPresent()
        ? Future.succeededFuture(true)
        : row.clientOrderId().filter(tag -> !tag.isBlank())
            .map(tag -> orders.findByClientOrderId(session.userId(), tag).map(Optional::isPresent))
            .orElse(Future.succeededFuture(false)));
  }

  private Future<Void> adoptOne(BrokerOrder row, String symbol, Map<String, Integer> held, PendingEvents events) {
    int before = held.get(symbol);
    // Shares the trader held before the service bought are theirs to sell: only the cycle's part is booked.
    int quantity = Math.min(row.filledQuantity(), before);
    held.put(symbol, before - quantity);
    NewOrder manual = new NewOrder("manual-" + row.brokerOrderId(), row.brokerOrderId(), symbol, row.symbol(), "NSE",
        "SELL", quantity, null, null, row.type().name().replace('_', '-'), "CNC", row.variety().name(), "DAY",
        OrderState.OPEN.name(), "placed outside the service", TASK, session.clock().nowIst().toLocalDate(),
        row.updatedAt() != null ? row.updatedAt() : session.clock().now(), session.account().source(),
        new JsonObject().put("brokerQuantity", row.quantity()).put("brokerFilled", row.filledQuantity()));
    return orders.insertFenced(session.userId(), session.leaseEpoch(), manual)
        .compose(order -> new FillBooking(session).apply(order, new OrderReconciliation.Move(OrderState.FILLED,
            quantity, row.averagePrice(), row.brokerOrderId(), "sold outside the service"), events))
        .compose(booked -> trimOurSell(symbol, before - quantity));
  }

  /** Our open sell of {@code symbol} may only sell what is left; with nothing left it is cancelled. */
  private Future<Void> trimOurSell(String symbol, int left) {
    return orders.listNonTerminal(session.userId()).compose(open -> {
      Future<Void> trimmed = Future.succeededFuture();
      for (Order sell : open) {
        if (!"SELL".equals(sell.side()) || !symbol.equals(sell.symbol()) || TASK.equals(sell.task())
            || sell.brokerOrderId() == null) {
          continue;
        }
        int unfilled = sell.quantity() - sell.filledQuantity();
        trimmed = trimmed.compose(v -> left <= 0
            ? session.account().broker().cancelOrder(sell.brokerOrderId())
            : unfilled <= left ? Future.succeededFuture()
                : session.account().broker().modifyOrder(sell.brokerOrderId(),
                    new OrderModification(sell.price(), sell.filledQuantity() + left)).mapEmpty());
      }
      return trimmed;
    });
  }
}
