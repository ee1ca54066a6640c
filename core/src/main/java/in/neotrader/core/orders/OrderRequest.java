package in.neotrader.core.orders;

import java.math.BigDecimal;

/**
 * One order as the strategy wants it placed. {@code symbol} is the broker trading symbol
 * (RELIANCE-EQ); {@code price} is null for MARKET orders.
 */
public record OrderRequest(ClientOrderId clientOrderId, String symbol, Exchange exchange, OrderSide side,
    OrderType type, Product product, Variety variety, Validity validity, int quantity, BigDecimal price) {

  public OrderRequest {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1, got " + quantity);
    }
    if (type == OrderType.LIMIT && (price == null || price.signum() <= 0)) {
      throw new IllegalArgumentException("a LIMIT order needs a price > 0");
    }
    if (type == OrderType.MARKET && price != null && price.signum() != 0) {
      throw new IllegalArgumentException("a MARKET order has no price");
    }
    if (type == OrderType.MARKET) {
      price = null;
    }
  }

  /**
   * The entry: LIMIT BUY, AMO, CNC, NSE, DAY at a capped price ({@link AmoLimit}); the legacy's MARKET AMO is
   * turned into a limit by the broker anyway (KOTAK_NEO §8.3).
   */
  public static OrderRequest amoLimitBuy(ClientOrderId id, String symbol, int quantity, BigDecimal price) {
    return new OrderRequest(id, symbol, Exchange.NSE, OrderSide.BUY, OrderType.LIMIT, Product.CNC,
        Variety.AMO, Validity.DAY, quantity, price);
  }

  /** The legacy exit: LIMIT SELL, REGULAR, CNC, NSE, DAY at the EMA9 target (TRADING_RULES §2.2). */
  public static OrderRequest limitSell(ClientOrderId id, String symbol, int quantity, BigDecimal price) {
    return new OrderRequest(id, symbol, Exchange.NSE, OrderSide.SELL, OrderType.LIMIT, Product.CNC,
        Variety.REGULAR, Validity.DAY, quantity, price);
  }
}
