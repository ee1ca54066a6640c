package in.neotrader.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each limit refuses exactly the order that would cross it, names itself, and lets the one just under it pass. */
class PreTradeCheckTest {

  private static final RiskLimits LIMITS = new RiskLimits(2, Optional.of(new BigDecimal("50000")),
      Optional.of(new BigDecimal("120000")), 3, Optional.empty());
  private static final Exposure ONE_HELD = new Exposure(Set.of("INFY"), new BigDecimal("60000"), 1);

  private static ProposedOrder buy(String symbol, String value) {
    return new ProposedOrder(symbol, true, new BigDecimal(value));
  }

  private static Optional<String> limitRefusing(Exposure exposure, ProposedOrder order) {
    return PreTradeCheck.check(LIMITS, exposure, order).map(PreTradeCheck.Refusal::limit);
  }

  @Test
  void theOrderValueLimit() {
    assertThat(limitRefusing(ONE_HELD, buy("TCS", "50000"))).isEmpty();
    assertThat(PreTradeCheck.check(LIMITS, ONE_HELD, buy("TCS", "50000.01"))).hasValueSatisfying(r -> {
      assertThat(r.limit()).isEqualTo("max_order_value");
      assertThat(r.describe()).isEqualTo("refused by the risk limit max_order_value: ₹50000.01 is over ₹50000.00");
    });
  }

  @Test
  void theOpenPositionsLimitCountsHeldAndPendingSymbolsButNotAnotherBuyOfOne() {
    Exposure full = new Exposure(Set.of("INFY", "TCS"), new BigDecimal("60000"), 1);
    assertThat(limitRefusing(full, buy("SBIN", "1000"))).contains("max_portfolio_size");
    assertThat(limitRefusing(full, buy("TCS", "1000"))).isEmpty();
  }

  @Test
  void theCapitalLimitCountsPositionsAndPendingBuys() {
    assertThat(limitRefusing(ONE_HELD, buy("TCS", "50000"))).isEmpty();
    Exposure after = ONE_HELD.with(buy("TCS", "50000"));
    assertThat(after.deployed()).isEqualByComparingTo("110000");
    assertThat(limitRefusing(after, buy("TCS", "10000"))).isEmpty();
    assertThat(limitRefusing(after, buy("TCS", "10000.01"))).contains("max_capital_deployed");
  }

  @Test
  void theDailyOrderCountAppliesToSellsTooButCapitalLimitsNeverBlockAnExit() {
    Exposure busy = new Exposure(Set.of("INFY", "TCS"), new BigDecimal("500000"), 2);
    ProposedOrder exit = new ProposedOrder("INFY", false, new BigDecimal("900000"));
    assertThat(limitRefusing(busy, exit)).isEmpty();
    assertThat(limitRefusing(busy.with(exit), exit)).contains("max_orders_per_day");
  }
}
