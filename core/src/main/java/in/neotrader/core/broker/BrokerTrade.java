package in.neotrader.core.broker;

import java.math.BigDecimal;

/** One row of the broker's trade book: {@code quantity} of order {@code brokerOrderId} filled at {@code price}. */
public record BrokerTrade(String brokerOrderId, int quantity, BigDecimal price) {}
