package in.neotrader.verticles.orders;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.TradingSymbol;
import in.neotrader.core.risk.Exposure;
import in.neotrader.core.risk.PreTradeCheck;
import in.neotrader.core.risk.ProposedOrder;
import in.neotrader.sql.orders.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pre-trade check over one batch of new intents, in order: each order that passes counts against the limits of
 * the next (its rupees are reserved), so a batch, or a second run-now after the first, cannot cross them together.
 */
final class RiskChecks {

  private RiskChecks() {}

  /** A verdict per intent; intents already written by an earlier run ({@code written} empty) are not checked. */
  static List<Optional<PreTradeCheck.Refusal>> verdicts(TradingConfig config, Exposure exposure,
      List<OrderPlacer.Intent> intents, List<Optional<Order>> written) {
    List<Optional<PreTradeCheck.Refusal>> verdicts = new ArrayList<>();
    Exposure running = exposure;
    for (int i = 0; i < intents.size(); i++) {
      if (written.get(i).isEmpty()) {
        verdicts.add(Optional.empty());
        continue;
      }
      ProposedOrder order = proposed(intents.get(i).request());
      Optional<PreTradeCheck.Refusal> refusal = PreTradeCheck.check(config.riskLimits(), running, order);
      if (refusal.isEmpty()) {
        running = running.with(order);
      }
      verdicts.add(refusal);
    }
    return verdicts;
  }

  /** A market order has no price of its own: only limits on counts apply to it (exits are market sells). */
  static ProposedOrder proposed(OrderRequest request) {
    BigDecimal price = request.price() == null ? BigDecimal.ZERO : request.price();
    return new ProposedOrder(TradingSymbol.base(request.symbol()), request.side() == OrderSide.BUY,
        price.multiply(BigDecimal.valueOf(request.quantity())));
  }
}
