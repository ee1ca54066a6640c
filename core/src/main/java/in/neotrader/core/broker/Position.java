package in.neotrader.core.broker;

import java.math.BigDecimal;

/** Today's net traded quantity of one symbol (positive = bought). */
public record Position(String symbol, int netQuantity, BigDecimal buyValue, BigDecimal sellValue) {}
