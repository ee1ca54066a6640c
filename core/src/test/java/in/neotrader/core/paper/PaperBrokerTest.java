package in.neotrader.core.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.tasks.TradingTask;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperBrokerTest {

  private static final NseCalendar CALENDAR = NseCalendar.bundled();
  private static final LocalDate MONDAY = LocalDate.parse("2025-03-03");
  private static final LocalDate TUESDAY = LocalDate.parse("2025-03-04");
  private static final BigDecimal CAPITAL = new BigDecimal("100000");
  private static final PaperSettings SETTINGS = new PaperSettings(new BigDecimal("50000"), 0.1, 0.3, 99);

  private final SimulatedMarketData market = new SimulatedMarketData(42, CALENDAR);
  private final SimulatedClock clock = SimulatedClock.frozenAt(ist(MONDAY, "16:05"));
  private final PaperBroker broker = newBroker(PaperBrokerState.initial(CAPITAL), clock);

  private PaperBroker newBroker(PaperBrokerState state, TradingClock c) {
    return new PaperBroker(state, SETTINGS, c, CALENDAR, market);
  }

  private static Instant ist(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(TradingClock.IST).toInstant();
  }

  private static <T> T await(Future<T> f) {
    return f.toCompletionStage().toCompletableFuture().join();
  }

  private static ClientOrderId id(String symbol, OrderSide side, int leg) {
    return ClientOrderId.of(1, MONDAY, TradingTask.BUY_ORDERS, symbol, side, leg);
  }

  private BrokerOrder order(String brokerOrderId) {
    return await(broker.orderBook()).stream().filter(o -> o.brokerOrderId().equals(brokerOrderId)).findFirst()
        .orElseThrow();
  }

  /** A MARKET AMO buy: the fill model still serves it (the buy task sends limits). */
  private static OrderRequest marketAmoBuy(ClientOrderId id, String symbol, int qty) {
    return new OrderRequest(id, symbol, Exchange.NSE, OrderSide.BUY, OrderType.MARKET, Product.CNC, Variety.AMO,
        Validity.DAY, qty, null);
  }

  private static OrderRequest regular(String symbol, OrderSide side, OrderType type, int qty, BigDecimal price) {
    return new OrderRequest(id(symbol, side, 1), symbol + "-EQ", Exchange.NSE, side, type, Product.CNC,
        Variety.REGULAR, Validity.DAY, qty, price);
  }

  @Test
  void anAmoBuyWaitsForTheNextSessionAndFillsAtItsOpen() {
    String oid = await(broker.placeOrder(marketAmoBuy(id("ITC", OrderSide.BUY, 1), "ITC-EQ", 20)))
        .brokerOrderId();

    assertThat(order(oid).state()).isEqualTo(OrderState.AMO_PENDING);
    assertThat(await(broker.funds())).isEqualByComparingTo(CAPITAL);

    List<PaperFill> fills = await(broker.openSession(TUESDAY));

    BigDecimal open = await(market.sessionOpen("ITC", TUESDAY));
    BigDecimal value = open.multiply(BigDecimal.valueOf(20));
    assertThat(fills).singleElement().satisfies(f -> {
      assertThat(f.price()).isEqualByComparingTo(open);
      assertThat(f.charges()).isEqualByComparingTo(PaperCharges.buy(value));
      assertThat(f.at()).isEqualTo(ist(TUESDAY, "09:15"));
    });
    assertThat(order(oid).state()).isEqualTo(OrderState.FILLED);
    assertThat(await(broker.funds())).isEqualByComparingTo(CAPITAL.subtract(value).subtract(PaperCharges.buy(value)));
    assertThat(await(broker.holdings())).containsExactly(
        new Holding("ITC", 20, open.setScale(4, RoundingMode.HALF_UP)));
  }

  @Test
  void aMarketOrderInSessionFillsAtLastPriceWithSeededSlippage() {
    clock.advanceTo(ist(TUESDAY, "11:00"));
    BigDecimal last = await(market.lastPrice("ITC", clock.now()));

    await(broker.placeOrder(regular("ITC", OrderSide.BUY, OrderType.MARKET, 10, null)));
    PaperFill fill = broker.takeFills().get(0);

    assertThat(fill.price()).isBetween(last.multiply(new BigDecimal("1.001")).setScale(2, RoundingMode.DOWN),
        last.multiply(new BigDecimal("1.003")).setScale(2, RoundingMode.UP));
    PaperBroker twin = newBroker(PaperBrokerState.initial(CAPITAL), clock);
    await(twin.placeOrder(regular("ITC", OrderSide.BUY, OrderType.MARKET, 10, null)));
    assertThat(twin.takeFills().get(0).price()).isEqualByComparingTo(fill.price());
    assertThat(broker.takeFills()).as("fills are handed out once").isEmpty();
  }

  @Test
  void aRegularOrderOutsideTheSessionIsRejectedWithARemark() {
    String oid = await(broker.placeOrder(regular("ITC", OrderSide.BUY, OrderType.MARKET, 10, null))).brokerOrderId();

    assertThat(order(oid).state()).isEqualTo(OrderState.REJECTED);
    assertThat(order(oid).remark()).contains("market closed");
  }

  @Test
  void aBuyBeyondCashOrPositionLimitIsRejected() {
    String tooBig = await(broker.placeOrder(marketAmoBuy(id("ITC", OrderSide.BUY, 1), "ITC-EQ", 5000)))
        .brokerOrderId();
    assertThat(order(tooBig).state()).isEqualTo(OrderState.REJECTED);
    assertThat(order(tooBig).remark()).contains("insufficient funds");

    String overLimit = await(broker.placeOrder(
        marketAmoBuy(id("ITC", OrderSide.BUY, 2), "ITC-EQ", 200))).brokerOrderId();
    assertThat(order(overLimit).remark()).contains("exceeds max position size 50000");
  }

  @Test
  void aSellOfSharesNotHeldIsRejected() {
    clock.advanceTo(ist(TUESDAY, "10:00"));
    String oid = await(broker.placeOrder(regular("ITC", OrderSide.SELL, OrderType.MARKET, 1, null))).brokerOrderId();
    assertThat(order(oid).remark()).contains("insufficient holding");
  }

  @Test
  void aLimitSellRestsUntilThePriceCrossesAndBooksTheProfit() {
    PaperBroker holder = newBroker(new PaperBrokerState(CAPITAL,
        List.of(new Holding("ITC", 10, new BigDecimal("100"))), List.of(), 1), clock);
    clock.advanceTo(ist(TUESDAY, "09:15"));
    // The highest price of the day, found by walking the simulated session minute by minute.
    Instant peakAt = clock.now();
    BigDecimal peak = BigDecimal.ZERO;
    for (int m = 1; m < 375; m++) {
      Instant at = ist(TUESDAY, "09:15").plusSeconds(60L * m);
      BigDecimal p = await(market.lastPrice("ITC", at));
      if (p.compareTo(peak) > 0) {
        peak = p;
        peakAt = at;
      }
    }
    BigDecimal limit = peak;
    String oid = await(holder.placeOrder(regular("ITC", OrderSide.SELL, OrderType.LIMIT, 10, limit))).brokerOrderId();
    assertThat(await(holder.orderBook()).get(0).state()).isEqualTo(OrderState.OPEN);

    clock.advanceTo(peakAt);
    List<PaperFill> fills = await(holder.matchOpenOrders());

    assertThat(fills).singleElement().satisfies(f -> {
      assertThat(f.brokerOrderId()).isEqualTo(oid);
      assertThat(f.price()).isEqualByComparingTo(limit);
      assertThat(f.realisedPnl()).hasValueSatisfying(
          pnl -> assertThat(pnl).isEqualByComparingTo(limit.subtract(new BigDecimal("100")).multiply(BigDecimal.TEN)));
    });
    assertThat(await(holder.holdings())).as("a fully sold holding disappears").isEmpty();
  }

  @Test
  void anUnfilledDayOrderExpiresAtTheClose() {
    PaperBroker holder = newBroker(new PaperBrokerState(CAPITAL,
        List.of(new Holding("ITC", 10, new BigDecimal("100"))), List.of(), 1), clock);
    clock.advanceTo(ist(TUESDAY, "10:00"));
    await(holder.placeOrder(regular("ITC", OrderSide.SELL, OrderType.LIMIT, 10, new BigDecimal("99999"))));

    clock.advanceTo(ist(TUESDAY, "15:30"));
    List<BrokerOrder> expired = holder.closeSession();

    assertThat(expired).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(OrderState.EXPIRED));
  }

  @Test
  void theSameClientOrderIdIsPlacedOnlyOnce() {
    OrderRequest r = marketAmoBuy(id("ITC", OrderSide.BUY, 1), "ITC-EQ", 20);
    String first = await(broker.placeOrder(r)).brokerOrderId();
    String second = await(broker.placeOrder(r)).brokerOrderId();

    assertThat(second).isEqualTo(first);
    assertThat(await(broker.orderBook())).hasSize(1);
  }

  @Test
  void cancellingAPendingAmoWorksButAFilledOrderCannotBeCancelled() {
    String oid = await(broker.placeOrder(marketAmoBuy(id("ITC", OrderSide.BUY, 1), "ITC-EQ", 20)))
        .brokerOrderId();
    await(broker.cancelOrder(oid));
    assertThat(order(oid).state()).isEqualTo(OrderState.CANCELLED);

    assertThatThrownBy(() -> await(broker.cancelOrder(oid)))
        .hasCauseInstanceOf(BrokerException.class)
        .hasMessageContaining("REJECTED");
    assertThat(broker.cancelOrder("PT-none").cause()).isInstanceOfSatisfying(BrokerException.class,
        e -> assertThat(e.code()).isEqualTo(BrokerException.Code.NOT_FOUND));
  }

  @Test
  void aRestoredBrokerContinuesWithTheSameStateAndFreshOrderIds() {
    String first = await(broker.placeOrder(marketAmoBuy(id("ITC", OrderSide.BUY, 1), "ITC-EQ", 20)))
        .brokerOrderId();
    await(broker.openSession(TUESDAY));
    PaperBrokerState saved = broker.snapshot();

    PaperBroker restored = newBroker(saved, clock);

    assertThat(restored.snapshot()).isEqualTo(saved);
    assertThat(await(restored.funds())).isEqualByComparingTo(await(broker.funds()));
    String next = await(restored.placeOrder(marketAmoBuy(id("WIPRO", OrderSide.BUY, 1), "WIPRO-EQ", 5)))
        .brokerOrderId();
    assertThat(next).isNotEqualTo(first).matches("PT20250303\\d{6}");
  }
}
