package in.neotrader.core.risk;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A user's limits that no order may cross (the trading config's risk fields). Empty optionals are limits the user
 * did not set.
 *
 * @param maxOpenPositions symbols held or with a buy pending (max_portfolio_size, legacy 6)
 * @param maxOrderValue the value (price × quantity) of any one new order
 * @param maxCapitalDeployed the cost of the open positions plus the pending buys, this one included
 * @param maxOrdersPerDay new orders of one trading day, buys and sells, refused ones not counted
 * @param dailyLossCap the loss (realised + unrealised, today) at which the user's kill switch trips
 */
public record RiskLimits(int maxOpenPositions, Optional<BigDecimal> maxOrderValue,
    Optional<BigDecimal> maxCapitalDeployed, int maxOrdersPerDay, Optional<BigDecimal> dailyLossCap) {
}
