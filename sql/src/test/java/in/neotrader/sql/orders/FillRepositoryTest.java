package in.neotrader.sql.orders;

import static in.neotrader.sql.orders.OrderRepositoryTest.PLACED;
import static in.neotrader.sql.orders.OrderRepositoryTest.amoBuy;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.UnknownOrder;
import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
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
}
