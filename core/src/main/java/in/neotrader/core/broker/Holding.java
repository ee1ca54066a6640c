package in.neotrader.core.broker;

import java.math.BigDecimal;

/** Delivery shares of one symbol at the weighted average buy price. */
public record Holding(String symbol, int quantity, BigDecimal averagePrice) {}
