package in.neotrader.core.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.tasks.TradingTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

  private final ClientOrderId id =
      ClientOrderId.of(1, LocalDate.parse("2025-03-03"), TradingTask.BUY_ORDERS, "TCS", OrderSide.BUY, 1);

  @Test
  void theEntryIsAnAmoLimitBuyForDelivery() {
    OrderRequest r = OrderRequest.amoLimitBuy(id, "TCS-EQ", 5, new BigDecimal("3512.40"));
    assertThat(r).extracting(OrderRequest::type, OrderRequest::variety, OrderRequest::product,
        OrderRequest::validity, OrderRequest::exchange, OrderRequest::price)
        .containsExactly(OrderType.LIMIT, Variety.AMO, Product.CNC, Validity.DAY, Exchange.NSE,
            new BigDecimal("3512.40"));
  }

  @Test
  void aLimitOrderNeedsAPositivePrice() {
    assertThatThrownBy(() -> OrderRequest.limitSell(id, "TCS-EQ", 5, null)).hasMessageContaining("LIMIT");
    assertThatThrownBy(() -> OrderRequest.limitSell(id, "TCS-EQ", 5, BigDecimal.ZERO)).hasMessageContaining("LIMIT");
  }

  @Test
  void quantityMustBePositive() {
    assertThatThrownBy(() -> OrderRequest.amoLimitBuy(id, "TCS-EQ", 0, BigDecimal.ONE)).hasMessageContaining("quantity");
  }

  @Test
  void aBaseSymbolIsTheTradingSymbolWithoutItsSeries() {
    assertThat(TradingSymbol.base("BAJAJ-AUTO-EQ")).isEqualTo("BAJAJ-AUTO");
    assertThat(TradingSymbol.base("BAJAJ-AUTO")).isEqualTo("BAJAJ-AUTO");
    assertThat(TradingSymbol.base("M&M-BE")).isEqualTo("M&M");
    assertThat(TradingSymbol.equity("M&M")).isEqualTo("M&M-EQ");
  }
}
