package in.neotrader.core.paper;

import in.neotrader.core.orders.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One paper execution; sells carry the realised P&L against the average price (gross of charges). */
public record PaperFill(String brokerOrderId, Optional<String> clientOrderId, String symbol, OrderSide side,
    int quantity, BigDecimal price, BigDecimal charges, Optional<BigDecimal> realisedPnl, Instant at) {}
