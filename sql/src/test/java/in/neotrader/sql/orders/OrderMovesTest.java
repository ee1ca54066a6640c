package in.neotrader.sql.orders;

import static in.neotrader.sql.orders.OrderRepositoryTest.amoBuy;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many users' order moves at the same moment: each its own compare-and-set, under its own lease; half of them ask
 * only which orders moved (their statements go together too), half for the orders as stored.
 */
class OrderMovesTest extends DatabaseTest {
  private static final Instant PLACED = Instant.parse("2025-12-22T10:35:00Z");
  private static final Instant ACCEPTED = PLACED.plusSeconds(2);
  private static final int USERS = 80;

  private static OrderStatusUpdate accepted(Order o) {
    return new OrderStatusUpdate(o.id(), "NEW", new OrderStatusChange("AMO_PENDING", null, 0, null, "B-" + o.id(),
        ACCEPTED));
  }

  @Test
  void aBurstOfUsersMovesEachMovesOnlyItsOwnOrdersUnderItsOwnLease() {
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    List<Long> users = new ArrayList<>();
    List<Long> epochs = new ArrayList<>();
    List<List<Order>> orders = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      long user = newUser();
      await(statuses.setRunning(user, true, PLACED));
      long epoch = await(statuses.tryClaim(user, "node-a", 30)).orElseThrow();
      users.add(user);
      epochs.add(epoch);
      orders.add(await(new OrderRepository(pool).insertAllFenced(user, epoch, List.of(amoBuy("a-" + user, "TCS", 1,
          PLACED), amoBuy("b-" + user, "INFY", 1, PLACED)))).stream().map(o -> o.orElseThrow()).toList());
    }
    Set<Integer> lost = Set.of(5, 6);
    for (int i : lost) {
      await(statuses.release(users.get(i), "node-a", epochs.get(i)));
      await(statuses.tryClaim(users.get(i), "node-b", 30));
    }
    Set<Integer> foreign = Set.of(9, 10);

    List<Future<Map<Long, Order>>> moved = new ArrayList<>();
    List<Future<Set<Long>>> movedIds = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      List<OrderStatusUpdate> updates = new ArrayList<>(orders.get(i).stream().map(OrderMovesTest::accepted).toList());
      if (foreign.contains(i)) {
        updates.add(accepted(orders.get(i + 2).get(0))); // another user's order: not moved by this one
      }
      OrderRepository repository = new OrderRepository(pool);
      boolean idsOnly = i % 2 == 1;
      moved.add(idsOnly ? null : repository.updateStatusAllFenced(users.get(i), epochs.get(i), updates, ACCEPTED));
      movedIds.add(idsOnly ? repository.moveAllFenced(users.get(i), epochs.get(i), updates, ACCEPTED) : null);
    }
    // The same order moved again in the same moment: only one compare-and-set of the two applies.
    Future<Map<Long, Order>> again = new OrderRepository(pool).updateStatusAllFenced(users.get(0), epochs.get(0),
        List.of(accepted(orders.get(0).get(0))), ACCEPTED);

    for (int i = 0; i < USERS; i++) {
      List<Long> ids = orders.get(i).stream().map(Order::id).toList();
      if (lost.contains(i)) {
        assertThat(failure(moved.get(i) != null ? moved.get(i) : movedIds.get(i))).isInstanceOf(LeaseLost.class);
        assertThat(await(new OrderRepository(pool).listNonTerminal(users.get(i)))).extracting(Order::status)
            .containsOnly("NEW");
        continue;
      }
      if (movedIds.get(i) != null) {
        assertThat(await(movedIds.get(i))).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(await(new OrderRepository(pool).listNonTerminal(users.get(i)))).extracting(Order::status)
            .containsOnly("AMO_PENDING").hasSize(2);
        continue;
      }
      Map<Long, Order> mine = await(moved.get(i));
      int k = i;
      assertThat(mine.keySet()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(mine.values()).allSatisfy(o -> {
        assertThat(o.userId()).isEqualTo(users.get(k));
        assertThat(o.status()).isEqualTo("AMO_PENDING");
        assertThat(o.brokerOrderId()).isEqualTo("B-" + o.id());
        assertThat(o.updatedAt()).isEqualTo(ACCEPTED);
      });
    }
    int firstMoves = await(moved.get(0)).size() + await(again).size();
    assertThat(firstMoves).as("order a of user 0 moved once, b once").isEqualTo(2);
  }
}
