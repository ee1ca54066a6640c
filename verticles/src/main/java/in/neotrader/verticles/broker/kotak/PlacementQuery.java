package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import java.time.Instant;
import java.util.Objects;

/**
 * What we know of a placement whose answer was lost: our tag, and as a fallback the symbol,
 * side and quantity of an order entered at or after {@code sentAt} (TRADING_RULES §5, KOTAK_NEO §8.2).
 */
public record PlacementQuery(ClientOrderId clientOrderId, String symbol, OrderSide side, int quantity, Instant sentAt) {

  public PlacementQuery {
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  public static PlacementQuery of(OrderRequest request, Instant sentAt) {
    return new PlacementQuery(request.clientOrderId(), request.symbol(), request.side(), request.quantity(), sentAt);
  }
}
