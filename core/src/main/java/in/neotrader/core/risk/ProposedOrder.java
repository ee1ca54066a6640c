package in.neotrader.core.risk;

import java.math.BigDecimal;

/** A new order as the pre-trade check sees it: base symbol, side and value (limit or last price × quantity). */
public record ProposedOrder(String symbol, boolean isBuy, BigDecimal value) {
}
