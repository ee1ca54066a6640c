package in.neotrader.migration.validation;

import in.neotrader.migration.plan.PlannedOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The fields of an order validate compares, from the files or from the database. Compared as
 * values (prices by amount), and written out only for a difference: building the text of every
 * one of a million orders was most of validate's own time.
 */
record OrderFields(String symbol, String side, int qty, int filled, String status, String brokerId, BigDecimal price,
    BigDecimal average, Instant placedAt, String orderType, String variety) {

  static OrderFields of(PlannedOrder o) {
    return new OrderFields(o.symbol, o.side, o.quantity, o.filledQuantity, o.status, o.brokerOrderId, o.price,
        o.averageFillPrice, o.placedAt, o.orderType, o.variety);
  }

  boolean sameAs(OrderFields other) {
    return qty == other.qty && filled == other.filled && symbol.equals(other.symbol) && side.equals(other.side)
        && status.equals(other.status) && Objects.equals(brokerId, other.brokerId) && sameAmount(price, other.price)
        && sameAmount(average, other.average) && placedAt.equals(other.placedAt) && orderType.equals(other.orderType)
        && variety.equals(other.variety);
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public String toString() {
    return String.join(" ", symbol, side, "qty=" + qty, "filled=" + filled, status, "broker=" + brokerId,
        "price=" + plain(price), "avg=" + plain(average), "placed=" + placedAt, orderType, variety);
  }

  private static String plain(BigDecimal d) {
    return d == null ? "null" : d.stripTrailingZeros().toPlainString();
  }
}
