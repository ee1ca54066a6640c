package in.neotrader.sql.orders;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders are read by column position: each field must come back from its own column on every path. */
class OrderRowsTest extends DatabaseTest {
  private static final Instant PLACED = Instant.parse("2025-01-06T10:00:00Z");
  private static final Instant MOVED = PLACED.plusSeconds(90);

  @Test
  void everyFieldComesBackFromItsOwnColumnOnEveryPathThatReadsOrders() {
    long user = newUser();
    long epoch = runningLease(user, "node-a");
    OrderRepository orders = new OrderRepository(pool);
    NewOrder intent = new NewOrder("cid-1", "B-77", "BAJAJ-AUTO", "BAJAJ-AUTO-EQ", "BSE", "SELL", 40,
        new BigDecimal("812.35"), new BigDecimal("810.10"), "SL", "MIS", "REGULAR", "IOC", "OPEN", "placed late",
        "sell_orders", LocalDate.of(2025, 1, 6), PLACED, "live", new JsonObject().put("rsi10", 24.5));

    Order written = await(orders.insertAllFenced(user, epoch, List.of(intent))).get(0).orElseThrow();
    assertThat(await(orders.insertFenced(user, epoch, withIds(intent, "cid-2", "B-78")))).usingRecursiveComparison()
        .ignoringFields("id", "clientOrderId", "brokerOrderId").isEqualTo(written);

    var partFill = new OrderStatusChange("PARTIALLY_FILLED", "part", 15, new BigDecimal("811.1234"), null, MOVED);
    Order moved = await(orders.updateStatusAllFenced(user, epoch,
        List.of(new OrderStatusUpdate(written.id(), "OPEN", partFill)), MOVED)).get(written.id());

    assertThat(moved.userId()).isEqualTo(user);
    assertThat(List.of(moved.clientOrderId(), moved.brokerOrderId(), moved.symbol(), moved.tradingSymbol(),
        moved.exchange(), moved.side(), moved.orderType(), moved.product(), moved.variety(), moved.validity(),
        moved.status(), moved.statusReason(), moved.task(), moved.source())).containsExactly("cid-1", "B-77",
        "BAJAJ-AUTO", "BAJAJ-AUTO-EQ", "BSE", "SELL", "SL", "MIS", "REGULAR", "IOC", "PARTIALLY_FILLED", "part",
        "sell_orders", "live");
    assertThat(List.of(moved.quantity(), moved.filledQuantity())).containsExactly(40, 15);
    assertThat(List.of(moved.price(), moved.triggerPrice(), moved.averageFillPrice())).containsExactly(
        new BigDecimal("812.35"), new BigDecimal("810.10"), new BigDecimal("811.1234"));
    assertThat(moved.tradingDay()).isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(moved.placedAt()).isEqualTo(PLACED);
    assertThat(moved.updatedAt()).isEqualTo(MOVED);
    assertThat(moved.filledAt()).isNull();
    assertThat(moved.closedAt()).isNull();
    assertThat(moved.leaseEpoch()).isEqualTo(epoch);
    assertThat(moved.metadata()).isEqualTo(new JsonObject().put("rsi10", 24.5));

    assertThat(await(orders.findById(user, moved.id()))).contains(moved);
    assertThat(await(orders.findByClientOrderId(user, "cid-1"))).contains(moved);
    assertThat(await(orders.findByBrokerOrderId(user, "B-77"))).contains(moved);
    assertThat(await(orders.listNonTerminal(user))).contains(moved);
    assertThat(await(orders.page(user, OrderFilter.ALL, PageRequest.first(10))).items()).contains(moved);

    var fill = new OrderStatusChange("FILLED", null, 40, null, null, MOVED.plusSeconds(5));
    Order filled = await(orders.updateStatusAll(user,
        List.of(new OrderStatusUpdate(moved.id(), "PARTIALLY_FILLED", fill)), MOVED.plusSeconds(5))).get(moved.id());
    assertThat(List.of(filled.filledAt(), filled.closedAt())).containsExactly(MOVED.plusSeconds(5),
        MOVED.plusSeconds(5));
    assertThat(filled.averageFillPrice()).isEqualTo(new BigDecimal("811.1234"));
  }

  private static NewOrder withIds(NewOrder o, String clientOrderId, String brokerOrderId) {
    return new NewOrder(clientOrderId, brokerOrderId, o.symbol(), o.tradingSymbol(), o.exchange(), o.side(),
        o.quantity(), o.price(), o.triggerPrice(), o.orderType(), o.product(), o.variety(), o.validity(), o.status(),
        o.statusReason(), o.task(), o.tradingDay(), o.placedAt(), o.source(), o.metadata());
  }
}
