package in.neotrader.verticles.orders;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.TradingHalted;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A trader exits a position from the UI: a REGULAR DAY sell (MARKET, or LIMIT on the instrument's tick) of the
 * position's shares, placed through {@link OrderPlacer} like any task's order (written first under its client order
 * id, fenced by the lease, the kill switch and the pre-trade check), then the book read so a fill is booked at once.
 * The service's own open sell of the symbol is cancelled first, so the shares are never offered twice; while it is
 * still open at the broker the exit is refused. The trader's request id makes the client order id: the same
 * confirmation sent twice finds its order and places nothing more.
 */
public final class TraderExits {
  /** The task column of a trader's exit; its fills close the cycle with {@link #EXIT_REASON}. */
  public static final String TASK = "trader_exit";
  public static final String EXIT_REASON = "TRADER_EXIT";

  /** What the trader asked: {@code limitPrice} only for LIMIT; {@code quantity} null sells the whole position. */
  public record ExitRequest(String symbol, OrderType type, BigDecimal limitPrice, Integer quantity, String requestId) {}

  /** The exit order as booked, and whether an earlier submit of the same request had placed it. */
  public record Exit(Order order, boolean repeated) {}

  private final UserSession session;
  private final OrderRepository orders;

  public TraderExits(UserSession session) {
    this.session = session;
    this.orders = new OrderRepository(session.pool());
  }

  public Future<Exit> exit(ExitRequest request, PendingEvents events) {
    ZonedDateTime now = session.clock().nowIst();
    ClientOrderId id = ClientOrderId.traderExit(session.userId(), now.toLocalDate(), request.symbol(),
        request.requestId());
    return orders.findByClientOrderId(session.userId(), id.value()).compose(earlier -> {
      if (earlier.isPresent()) {
        return Future.succeededFuture(new Exit(earlier.get(), true));
      }
      if (!session.calendar().isSessionOpen(now)) {
        return refused("market_closed", "the market is closed: exits are sold 09:15–15:30 IST on trading days (next "
            + "session on " + nextSession(now) + ")");
      }
      OrderBookSync sync = new OrderBookSync(session);
      return sync.sync(events).compose(synced -> cancelOurSells(request.symbol(), sync, events))
          .compose(v -> new PositionRepository(session.pool()).findOpenBySymbol(session.userId(), request.symbol()))
          .compose(held -> held.isEmpty() ? refused("no_position", "no open position in " + request.symbol())
              : session.account().instruments().resolve(request.symbol()).compose(listed -> listed.isEmpty()
                  ? refused("unknown_instrument", request.symbol() + " is not in the instrument store")
                  : place(id, request, held.get(), listed.get(), sync, events)));
    });
  }

  /** The day of the next 09:15 open: today before it on a trading day, else the next trading day. */
  private LocalDate nextSession(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    return session.calendar().isTradingDay(today) && now.toLocalTime().isBefore(NseCalendar.SESSION_OPEN) ? today
        : session.calendar().nextTradingDay(today);
  }

  /** Cancels the service's open sells of {@code symbol}; refuses while one is still open after the book is read. */
  private Future<Void> cancelOurSells(String symbol, OrderBookSync sync, PendingEvents events) {
    return sells(symbol).compose(open -> {
      if (open.isEmpty()) {
        return Future.succeededFuture();
      }
      Future<?> cancels = Future.succeededFuture();
      for (Order sell : open) {
        if (sell.brokerOrderId() != null) {
          // A refused cancel (it filled meanwhile) is seen in the book read that follows.
          cancels = cancels.compose(v -> session.account().broker().cancelOrder(sell.brokerOrderId())
              .otherwiseEmpty());
        }
      }
      return cancels.compose(v -> sync.sync(events)).compose(synced -> sells(symbol)).compose(still -> still.isEmpty()
          ? Future.succeededFuture()
          : refused("sell_pending", "the sell of " + symbol + " (order #" + still.get(0).id() + ", "
              + still.get(0).status() + ") is still open at the broker; try again in a moment"));
    });
  }

  private Future<List<Order>> sells(String symbol) {
    return orders.listNonTerminal(session.userId()).map(open -> open.stream()
        .filter(o -> "SELL".equals(o.side()) && symbol.equals(o.symbol())).toList());
  }

  private Future<Exit> place(ClientOrderId id, ExitRequest request, Position held, Instrument instrument,
      OrderBookSync sync, PendingEvents events) {
    int quantity = request.quantity() == null ? held.quantity() : request.quantity();
    if (quantity < 1 || quantity > held.quantity()) {
      return refused("quantity_too_large", "you hold " + held.quantity() + " " + request.symbol()
          + "; an exit sells 1 to " + held.quantity());
    }
    BigDecimal price = request.type() == OrderType.LIMIT ? instrument.tick().round(request.limitPrice()) : null;
    if (request.type() == OrderType.LIMIT && price.signum() <= 0) {
      return refused("invalid_price", "a limit price must be at least one tick");
    }
    if (request.type() == OrderType.MARKET && instrument.isTradeForTrade()) {
      return refused("limit_only", request.symbol() + " trades in the " + instrument.series()
          + " series, which takes LIMIT orders only");
    }
    OrderRequest sell = new OrderRequest(id, instrument.tradingSymbol(), Exchange.NSE, OrderSide.SELL, request.type(),
        Product.CNC, Variety.REGULAR, Validity.DAY, quantity, price);
    JsonObject metadata = new JsonObject().put("requestId", request.requestId()).put("series", instrument.series());
    return new OrderPlacer(session).placeAll(List.of(new OrderPlacer.Intent(sell, TASK, metadata)), events)
        .recover(failure -> failure instanceof TradingHalted halted
            ? refused("trading_halted", "no exit sent: " + halted.getMessage()) : Future.failedFuture(failure))
        .compose(outcomes -> sync.sync(events))
        .compose(synced -> orders.findByClientOrderId(session.userId(), id.value()))
        .compose(stored -> {
          Order order = stored.orElseThrow();
          if (OrderState.REJECTED.name().equals(order.status()) || OrderState.FAILED.name().equals(order.status())) {
            return refused("exit_refused", "the exit of " + request.symbol() + " was refused: "
                + order.statusReason());
          }
          return Future.succeededFuture(new Exit(order, false));
        });
  }

  private static <T> Future<T> refused(String code, String message) {
    return Future.failedFuture(new TraderOrderRefused(code, message));
  }
}
