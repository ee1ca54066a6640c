package in.neotrader.sql.orders;

import static in.neotrader.sql.orders.OrderRepositoryTest.PLACED;
import static in.neotrader.sql.orders.OrderRepositoryTest.amoBuy;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.UnknownOrder;
import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillRepositoryTest extends DatabaseTest {
  private FillRepository fills() {
    return new FillRepository(pool);
  }

  private Order order(long user, String clientOrderId) {
    return await(new OrderRepository(pool).insert(user, amoBuy(clientOrderId, "TCS", 10, PLACED)));
  }

  private NewFill fill(long orderId, int quantity, String price, int secondsLater) {
    return new NewFill(orderId, quantity, new BigDecimal(price), new BigDecimal("1.2500"),
        PLACED.plusSeconds(secondsLater), "T" + secondsLater, null);
  }

  @Test
  void fillsAreListedPerOrderWithTheOrdersSymbolAndSide() {
    long user = newUser();
    Order order = order(user, "o1");
    await(fills().insert(user, fill(order.id(), 4, "3500.10", 1)));
    await(fills().insert(user, fill(order.id(), 6, "3500.50", 2)));

    var listed = await(fills().listForOrder(user, order.id()));
    assertThat(listed).extracting(Fill::quantity).containsExactly(4, 6);
    assertThat(listed.get(0).symbol()).isEqualTo("TCS");
    assertThat(listed.get(0).side()).isEqualTo("BUY");
    assertThat(listed.get(1).price()).isEqualByComparingTo("3500.50");
    assertThat(listed.get(1).charges()).isEqualByComparingTo("1.25");
    assertThat(await(fills().listForUser(user))).hasSize(2);
  }

  @Test
  void aFillAgainstAnotherUsersOrderIsRefusedAndTheirFillsAreInvisible() {
    long owner = newUser();
    long intruder = newUser();
    Order order = order(owner, "o2");
    await(fills().insert(owner, fill(order.id(), 10, "100", 1)));

    assertThat(failure(fills().insert(intruder, fill(order.id(), 1, "1", 2)))).isInstanceOf(UnknownOrder.class);
    assertThat(await(fills().listForOrder(intruder, order.id()))).isEmpty();
    assertThat(await(fills().listForUser(intruder))).isEmpty();
    assertThat(await(fills().listForUser(owner))).hasSize(1);
  }

  @Test
  void aBatchOfFillsIsWrittenWholeOrNotAtAll() {
    long owner = newUser();
    Order mine = order(owner, "o3");
    Order other = order(owner, "o4");
    Order foreign = order(newUser(), "o5");

    await(fills().insertAll(owner, List.of(fill(mine.id(), 4, "10.50", 1), fill(other.id(), 6, "11", 2))));
    assertThat(await(fills().listForUser(owner))).extracting(Fill::quantity).containsExactly(4, 6);
    assertThat(await(fills().listForOrder(owner, mine.id())).get(0).price()).isEqualByComparingTo("10.50");
    assertThat(await(fills().listForOrder(owner, mine.id())).get(0).brokerTradeId()).isEqualTo("T1");

    assertThat(failure(fills().insertAll(owner, List.of(fill(mine.id(), 1, "12", 3), fill(foreign.id(), 1, "12", 4)))))
        .isInstanceOf(UnknownOrder.class);
    assertThat(await(fills().listForUser(owner))).hasSize(2);
  }

  @Test
  void severalUsersFillsGoInOneStatementEachCheckedAgainstItsOwnUser() {
    long first = newUser();
    long second = newUser();
    Order firstOrder = order(first, "o6");
    Order secondOrder = order(second, "o7");

    await(fills().insertForUsers(List.of(new FillRepository.OwnedFill(first, fill(firstOrder.id(), 3, "99.95", 1)),
        new FillRepository.OwnedFill(second, fill(secondOrder.id(), 8, "12.05", 2)))));
    assertThat(await(fills().listForUser(first))).extracting(Fill::quantity).containsExactly(3);
    assertThat(await(fills().listForUser(second))).extracting(Fill::price).containsExactly(new BigDecimal("12.05"));

    // The second user naming the first's order: refused, and the first's own fill of that statement is not written.
    assertThat(failure(fills().insertForUsers(List.of(
        new FillRepository.OwnedFill(first, fill(firstOrder.id(), 1, "100", 3)),
        new FillRepository.OwnedFill(second, fill(firstOrder.id(), 1, "100", 4)))))).isInstanceOf(UnknownOrder.class);
    assertThat(await(fills().listForUser(first))).hasSize(1);
    assertThat(await(fills().listForUser(second))).hasSize(1);
  }
}
