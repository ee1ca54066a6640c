package in.neotrader.core.paper;

import in.neotrader.core.broker.Holding;
import in.neotrader.core.orders.OrderSide;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cash and holdings of a paper account, with the checks a fill must pass (TRADING_RULES §9). */
final class PaperAccount {

  private BigDecimal cash;
  private final Map<String, Holding> holdings = new LinkedHashMap<>();
  private final BigDecimal maxPositionSize;

  PaperAccount(BigDecimal cash, List<Holding> holdings, BigDecimal maxPositionSize) {
    this.cash = cash;
    this.maxPositionSize = maxPositionSize;
    holdings.forEach(h -> this.holdings.put(h.symbol(), h));
  }

  BigDecimal cash() {
    return cash;
  }

  List<Holding> holdings() {
    return List.copyOf(holdings.values());
  }

  int held(String symbol) {
    Holding h = holdings.get(symbol);
    return h == null ? 0 : h.quantity();
  }

  /** Why a fill of {@code quantity} at {@code price} is refused, given {@code reservedSells} already pending. */
  Optional<String> refusal(OrderSide side, String symbol, int quantity, BigDecimal price, int reservedSells) {
    BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
    if (side == OrderSide.BUY) {
      BigDecimal needed = value.add(PaperCharges.buy(value));
      if (needed.compareTo(cash) > 0) {
        return Optional.of("insufficient funds: need " + needed.setScale(2, RoundingMode.HALF_UP).toPlainString()
            + ", have " + cash.setScale(2, RoundingMode.HALF_UP).toPlainString());
      }
      if (value.compareTo(maxPositionSize) > 0) {
        return Optional.of("order value " + value.setScale(2, RoundingMode.HALF_UP).toPlainString()
            + " exceeds max position size " + maxPositionSize.toPlainString());
      }
      return Optional.empty();
    }
    int free = held(symbol) - reservedSells;
    return quantity > free
        ? Optional.of("insufficient holding: selling " + quantity + " of " + free + " free " + symbol)
        : Optional.empty();
  }

  record Booking(BigDecimal charges, Optional<BigDecimal> realisedPnl) {}

  /** Books a fill; returns the charges and, for sells, the realised P&L. */
  Booking book(OrderSide side, String symbol, int quantity, BigDecimal price) {
    BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
    Holding h = holdings.get(symbol);
    if (side == OrderSide.BUY) {
      BigDecimal charges = PaperCharges.buy(value);
      cash = cash.subtract(value).subtract(charges);
      int oldQty = h == null ? 0 : h.quantity();
      BigDecimal oldCost = h == null ? BigDecimal.ZERO : h.averagePrice().multiply(BigDecimal.valueOf(oldQty));
      int newQty = oldQty + quantity;
      BigDecimal avg = oldCost.add(value).divide(BigDecimal.valueOf(newQty), 4, RoundingMode.HALF_UP);
      holdings.put(symbol, new Holding(symbol, newQty, avg));
      return new Booking(charges, Optional.empty());
    }
    BigDecimal charges = PaperCharges.sell(value);
    cash = cash.add(value).subtract(charges);
    BigDecimal pnl = price.subtract(h.averagePrice()).multiply(BigDecimal.valueOf(quantity));
    int left = h.quantity() - quantity;
    // Fully sold holdings disappear (the legacy kept them and they came back after a restart).
    if (left == 0) {
      holdings.remove(symbol);
    } else {
      holdings.put(symbol, new Holding(symbol, left, h.averagePrice()));
    }
    return new Booking(charges, Optional.of(pnl));
  }
}
