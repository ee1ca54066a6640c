package in.neotrader.verticles.orders;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.orders.OrderEvent;
import in.neotrader.core.orders.OrderState;
import in.neotrader.sql.orders.Order;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Decides how a stored order moves, given what the broker's order book says about it. Pure. */
public final class OrderReconciliation {

  private OrderReconciliation() {}

  public sealed interface Decision {}

  /** The book agrees with the database. */
  public record Unchanged() implements Decision {}

  /** Move to {@code state}; {@code filledQuantity} is cumulative, {@code averagePrice} the broker's. */
  public record Move(OrderState state, int filledQuantity, BigDecimal averagePrice, String brokerOrderId,
      String reason) implements Decision {}

  /** The book reports a move the state machine refuses: a bug or a broker oddity, to investigate, not to apply. */
  public record Refused(String reason) implements Decision {}

  /**
   * What the trade book says of an order the order book no longer shows: its fills as a book row (FILLED or
   * PARTIALLY_FILLED), or empty when the trade book adds no fill to what we have booked.
   */
  public static Optional<BrokerOrder> fromTrades(Order stored, List<BrokerTrade> trades) {
    List<BrokerTrade> own = trades.stream().filter(t -> t.brokerOrderId().equals(stored.brokerOrderId())).toList();
    int filled = own.stream().mapToInt(BrokerTrade::quantity).sum();
    if (filled <= stored.filledQuantity()) {
      return Optional.empty();
    }
    BigDecimal average = own.stream().map(t -> t.price().multiply(BigDecimal.valueOf(t.quantity())))
        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(filled), 2, RoundingMode.HALF_UP);
    OrderState state = filled >= stored.quantity() ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
    return Optional.of(new BrokerOrder(stored.brokerOrderId(), Optional.of(stored.clientOrderId()),
        stored.tradingSymbol(), OrderSide.valueOf(stored.side()),
        "LIMIT".equals(stored.orderType()) ? OrderType.LIMIT : OrderType.MARKET,
        Variety.valueOf(stored.variety()), stored.quantity(), Math.min(filled, stored.quantity()), stored.price(),
        average, state, "from the trade book", stored.updatedAt()));
  }

  /**
   * How {@code stored} moves, given its row in the book ({@link #fromTrades} may stand in for a missing one).
   *
   * @param sessionOver the order's trading session has ended (end-of-day reconciliation): only then may an order
   *     missing from the book be closed. During the day one book answer can leave an order out (KOTAK_NEO §8) and
   *     a fill may still follow, so a missing acknowledged order keeps its state.
   */
  public static Decision decide(Order stored, Optional<BrokerOrder> inBook, boolean sessionOver) {
    OrderState current = OrderState.valueOf(stored.status());
    if (inBook.isEmpty()) {
      if (current != OrderState.NEW && !sessionOver) {
        return new Unchanged();
      }
      // Never acknowledged and unknown to the broker: it did not get there, so it may be intended again.
      // Acknowledged and gone from both books once its session is over: it expired unfilled.
      OrderEvent event = current == OrderState.NEW ? OrderEvent.SUBMIT_FAILED : OrderEvent.EXPIRED;
      String reason = current == OrderState.NEW ? "not in the broker's order book"
          : "not in the broker's order book nor its trade book at the end of its session";
      return current.next(event)
          .<Decision>map(s -> new Move(s, stored.filledQuantity(), null, null, reason))
          .orElseGet(() -> new Refused(current + " order missing from the book"));
    }
    BrokerOrder row = inBook.get();
    if (row.state() == current && row.filledQuantity() == stored.filledQuantity()) {
      return new Unchanged();
    }
    if (row.state() == OrderState.NEW) {
      return new Unchanged();
    }
    Optional<OrderState> next = current.next(OrderState.eventLeadingTo(row.state()));
    if (next.isEmpty() || row.filledQuantity() < stored.filledQuantity()) {
      return new Refused("book says " + row.state() + " filled " + row.filledQuantity() + ", we have " + current
          + " filled " + stored.filledQuantity());
    }
    BigDecimal average = row.filledQuantity() > 0 ? row.averagePrice() : null;
    return new Move(next.get(), row.filledQuantity(), average, row.brokerOrderId(),
        row.remark() == null || row.remark().isBlank() ? null : row.remark());
  }
}
