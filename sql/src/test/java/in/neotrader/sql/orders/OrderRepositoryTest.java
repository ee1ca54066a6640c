package in.neotrader.sql.orders;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.DuplicateClientOrderId;
import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest extends DatabaseTest {
  static final Instant PLACED = Instant.parse("2025-01-06T10:00:00Z");
  static final LocalDate DAY = LocalDate.of(2025, 1, 6);

  private OrderRepository orders() {
    return new OrderRepository(pool);
  }

  static NewOrder amoBuy(String clientOrderId, String symbol, int quantity, Instant placedAt) {
    return new NewOrder(clientOrderId, null, symbol, symbol + "-EQ", "NSE", "BUY", quantity, null, null, "MARKET",
        "CNC", "AMO", "DAY", "NEW", null, "buy_orders", DAY, placedAt, "paper",
        new JsonObject().put("rsi10", 24.5));
  }

  @Test
  void anOrderIsReadBackByItsIdsOnlyByItsOwner() {
    long user = newUser();
    long other = newUser();
    Order placed = await(orders().insert(user, amoBuy("u-2025-01-06-buy-TCS-1", "TCS", 10, PLACED)));

    assertThat(placed.status()).isEqualTo("NEW");
    assertThat(placed.metadata().getDouble("rsi10")).isEqualTo(24.5);
    assertThat(await(orders().findById(user, placed.id()))).contains(placed);
    assertThat(await(orders().findByClientOrderId(user, "u-2025-01-06-buy-TCS-1"))).contains(placed);
    assertThat(await(orders().findById(other, placed.id()))).isEmpty();
    assertThat(await(orders().findByClientOrderId(other, "u-2025-01-06-buy-TCS-1"))).isEmpty();
  }

  @Test
  void theSameIntentCannotBeWrittenTwiceButAnotherUserMayUseTheSameId() {
    long user = newUser();
    await(orders().insert(user, amoBuy("same-intent", "INFY", 5, PLACED)));

    assertThat(failure(orders().insert(user, amoBuy("same-intent", "INFY", 5, PLACED))))
        .isInstanceOf(DuplicateClientOrderId.class);
    assertThat(await(orders().insert(newUser(), amoBuy("same-intent", "INFY", 5, PLACED))).clientOrderId())
        .isEqualTo("same-intent");
  }

  @Test
  void aZeroQuantityIsAnInvalidValue() {
    assertThat(failure(orders().insert(newUser(), amoBuy("zero", "INFY", 0, PLACED))))
        .isInstanceOf(InvalidValue.class).hasMessageContaining("orders_quantity_check");
  }

  @Test
  void aStatusMoveAppliesOnlyFromTheExpectedStatusAndOnlyForTheOwner() {
    long user = newUser();
    Order placed = await(orders().insert(user, amoBuy("cas", "SBIN", 10, PLACED)));
    Instant later = PLACED.plusSeconds(5);
    var accepted = new OrderStatusChange("AMO_PENDING", null, 0, null, "B-1", later);

    assertThat(await(orders().updateStatus(newUser(), placed.id(), "NEW", accepted))).isFalse();
    assertThat(await(orders().updateStatus(user, placed.id(), "NEW", accepted))).isTrue();
    assertThat(await(orders().updateStatus(user, placed.id(), "NEW", accepted))).isFalse();

    var filled = new OrderStatusChange("FILLED", null, 10, new BigDecimal("812.3500"), null, later.plusSeconds(60));
    assertThat(await(orders().updateStatus(user, placed.id(), "AMO_PENDING", filled))).isTrue();

    Order read = await(orders().findByBrokerOrderId(user, "B-1")).orElseThrow();
    assertThat(read.status()).isEqualTo("FILLED");
    assertThat(read.brokerOrderId()).isEqualTo("B-1");
    assertThat(read.filledQuantity()).isEqualTo(10);
    assertThat(read.averageFillPrice()).isEqualByComparingTo("812.35");
    assertThat(read.filledAt()).isEqualTo(later.plusSeconds(60));
    assertThat(read.closedAt()).isEqualTo(later.plusSeconds(60));
    assertThat(await(orders().listNonTerminal(user))).isEmpty();
  }

  @Test
  void nonTerminalOrdersAndFilteredPagesStayWithinTheUser() {
    long user = newUser();
    await(orders().insert(user, amoBuy("a", "TCS", 1, PLACED)));
    await(orders().insert(user, amoBuy("b", "INFY", 1, PLACED.plusSeconds(1))));
    Order sold = await(orders().insert(user, amoBuy("c", "TCS", 1, PLACED.plusSeconds(2))));
    await(orders().updateStatus(user, sold.id(), "NEW",
        new OrderStatusChange("REJECTED", "RMS: no margin", 0, null, null, PLACED.plusSeconds(3))));
    await(orders().insert(newUser(), amoBuy("d", "TCS", 1, PLACED)));

    assertThat(await(orders().listNonTerminal(user))).extracting(Order::clientOrderId).containsExactly("a", "b");

    var tcs = await(orders().page(user, new OrderFilter(null, "TCS", "BUY", null, null), PageRequest.first(10)));
    assertThat(tcs.items()).extracting(Order::clientOrderId).containsExactly("c", "a");
    assertThat(tcs.total()).isEqualTo(2);

    var rejected = await(orders().page(user, new OrderFilter("REJECTED", null, null, PLACED, PLACED.plusSeconds(10)),
        PageRequest.first(10)));
    assertThat(rejected.items()).extracting(Order::statusReason).containsExactly("RMS: no margin");
  }

  /** Defect: updated_at took the database's now() while placed_at took the (simulated) trading clock. */
  @Test
  void aNewOrderIsLastUpdatedWhenItWasPlacedOnTheTradingClock() {
    long user = newUser();
    long epoch = runningLease(user, "node-a");

    assertThat(await(orders().insert(user, amoBuy("one", "TCS", 1, PLACED))).updatedAt()).isEqualTo(PLACED);
    assertThat(await(orders().insertFenced(user, epoch, amoBuy("fenced", "TCS", 1, PLACED))).updatedAt())
        .isEqualTo(PLACED);
    assertThat(await(orders().insertAllFenced(user, epoch, List.of(amoBuy("batch", "TCS", 1, PLACED)))).get(0)
        .orElseThrow().updatedAt()).isEqualTo(PLACED);
  }

  @Test
  void aFencedInsertWritesOnlyUnderTheCurrentLeaseEpoch() {
    long user = newUser();
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    long epoch = runningLease(user, "node-a");

    Order written = await(orders().insertFenced(user, epoch, amoBuy("fenced-1", "TCS", 1, PLACED)));
    assertThat(written.leaseEpoch()).isEqualTo(epoch);

    await(statuses.release(user, "node-a", epoch));
    await(statuses.tryClaim(user, "node-b", 30));
    assertThat(failure(orders().insertFenced(user, epoch, amoBuy("fenced-2", "TCS", 1, PLACED))))
        .isInstanceOf(LeaseLost.class);
    assertThat(await(orders().findByClientOrderId(user, "fenced-2"))).isEmpty();
  }

  @Test
  void aBatchOfIntentsIsWrittenAtOnceSkippingThoseAlreadyWrittenUnderTheLease() {
    long user = newUser();
    long epoch = runningLease(user, "node-a");
    await(orders().insertFenced(user, epoch, amoBuy("batch-2", "INFY", 2, PLACED)));

    var written = await(orders().insertAllFenced(user, epoch, List.of(amoBuy("batch-1", "TCS", 1, PLACED),
        amoBuy("batch-2", "INFY", 2, PLACED), amoBuy("batch-3", "SBIN", 3, PLACED))));

    assertThat(written).hasSize(3);
    assertThat(written.get(0)).hasValueSatisfying(o -> {
      assertThat(o.clientOrderId()).isEqualTo("batch-1");
      assertThat(o.leaseEpoch()).isEqualTo(epoch);
      assertThat(o.quantity()).isEqualTo(1);
      assertThat(o.placedAt()).isEqualTo(PLACED);
      assertThat(o.tradingDay()).isEqualTo(DAY);
      assertThat(o.metadata().getDouble("rsi10")).isEqualTo(24.5);
    });
    assertThat(written.get(1)).as("already written: must not be sent again").isEmpty();
    assertThat(written.get(2)).hasValueSatisfying(o -> assertThat(o.symbol()).isEqualTo("SBIN"));
    assertThat(await(orders().listNonTerminal(user))).hasSize(3);
  }

  @Test
  void aBatchOfIntentsWritesNothingOnceTheLeaseMovedOn() {
    long user = newUser();
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    long epoch = runningLease(user, "node-a");
    await(statuses.release(user, "node-a", epoch));
    await(statuses.tryClaim(user, "node-b", 30));

    assertThat(failure(orders().insertAllFenced(user, epoch, List.of(amoBuy("late-1", "TCS", 1, PLACED),
        amoBuy("late-2", "INFY", 1, PLACED))))).isInstanceOf(LeaseLost.class);
    assertThat(await(orders().listNonTerminal(user))).isEmpty();
  }

  @Test
  void aBatchOfMovesAppliesEachOnlyFromItsExpectedStatusAndOnlyForTheOwner() {
    long user = newUser();
    Order a = await(orders().insert(user, amoBuy("m-a", "TCS", 10, PLACED)));
    Order b = await(orders().insert(user, amoBuy("m-b", "INFY", 10, PLACED)));
    Order foreign = await(orders().insert(newUser(), amoBuy("m-c", "SBIN", 10, PLACED)));
    Instant later = PLACED.plusSeconds(5);

    var moved = await(orders().updateStatusAll(user, List.of(
        new OrderStatusUpdate(a.id(), "NEW", new OrderStatusChange("FILLED", null, 10, new BigDecimal("812.35"),
            "B-1", later)),
        new OrderStatusUpdate(b.id(), "AMO_PENDING", new OrderStatusChange("OPEN", null, 0, null, "B-2", later)),
        new OrderStatusUpdate(foreign.id(), "NEW", new OrderStatusChange("OPEN", null, 0, null, "B-3", later))),
        later));

    assertThat(moved).containsOnlyKeys(a.id());
    Order read = await(orders().findById(user, a.id())).orElseThrow();
    assertThat(moved.get(a.id())).as("the moved order as stored").isEqualTo(read);
    assertThat(read.status()).isEqualTo("FILLED");
    assertThat(read.brokerOrderId()).isEqualTo("B-1");
    assertThat(read.averageFillPrice()).isEqualByComparingTo("812.35");
    assertThat(read.filledAt()).isEqualTo(later);
    assertThat(read.closedAt()).isEqualTo(later);
    assertThat(read.updatedAt()).isEqualTo(later);
    assertThat(await(orders().findById(user, b.id())).orElseThrow().status()).isEqualTo("NEW");
    assertThat(await(orders().findByClientOrderId(foreign.userId(), "m-c")).orElseThrow().status()).isEqualTo("NEW");
  }
}
