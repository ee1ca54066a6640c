package in.neotrader.sql.orders;

import static in.neotrader.sql.orders.OrderRepositoryTest.amoBuy;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.LeaseLost;
import in.neotrader.sql.errors.WriteRefused;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Many users' intents written at the same moment: one statement, and each user its own answer. */
class FencedIntentWritesTest extends DatabaseTest {
  private static final Instant PLACED = Instant.parse("2025-12-22T10:35:00Z");
  private static final int USERS = 120;

  private long leased(long user) {
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    await(statuses.setRunning(user, true, PLACED));
    return await(statuses.tryClaim(user, "node-a", 30)).orElseThrow();
  }

  @Test
  void aBurstOfUsersIntentsIsFewStatementsAndALostLeaseOrADuplicateStaysWithItsUser() {
    List<Long> users = new ArrayList<>();
    List<Long> epochs = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      long user = newUser();
      users.add(user);
      epochs.add(leased(user));
    }
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    long lostLease = users.get(7);
    await(statuses.release(lostLease, "node-a", epochs.get(7)));
    await(statuses.tryClaim(lostLease, "node-b", 30));
    long withDuplicate = users.get(11);
    await(new OrderRepository(pool).insertAllFenced(withDuplicate, epochs.get(11),
        List.of(amoBuy("dup", "INFY", 1, PLACED))));
    long before = batchesSent();

    List<Future<List<Optional<Order>>>> answers = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      long user = users.get(i);
      answers.add(new OrderRepository(pool).insertAllFenced(user, epochs.get(i), List.of(
          amoBuy("a-" + user, "TCS", 1, PLACED), amoBuy(user == withDuplicate ? "dup" : "b-" + user, "INFY", 2, PLACED),
          amoBuy("c-" + user, "SBIN", 3, PLACED))));
    }

    for (int i = 0; i < USERS; i++) {
      long user = users.get(i);
      if (user == lostLease) {
        assertThat(failure(answers.get(i))).isInstanceOf(LeaseLost.class);
        assertThat(await(new OrderRepository(pool).listNonTerminal(user))).isEmpty();
        continue;
      }
      List<Optional<Order>> written = await(answers.get(i));
      assertThat(written).hasSize(3);
      assertThat(written.get(0)).hasValueSatisfying(o -> {
        assertThat(o.userId()).isEqualTo(user);
        assertThat(o.clientOrderId()).isEqualTo("a-" + user);
        assertThat(o.symbol()).isEqualTo("TCS");
        assertThat(o.leaseEpoch()).isEqualTo(epochs.get(users.indexOf(user)));
        assertThat(o.metadata().getDouble("rsi10")).isEqualTo(24.5);
      });
      if (user == withDuplicate) {
        assertThat(written.get(1)).as("written before: not to be sent again").isEmpty();
      } else {
        assertThat(written.get(1)).hasValueSatisfying(o -> assertThat(o.quantity()).isEqualTo(2));
      }
      assertThat(written.get(2)).hasValueSatisfying(o -> assertThat(o.clientOrderId()).isEqualTo("c-" + user));
      // The intents keep their order: ids ascend as they were given (the order they are sent and listed in).
      assertThat(written.get(0).get().id()).isLessThan(written.get(2).get().id());
      assertThat(await(new OrderRepository(pool).listNonTerminal(user))).hasSize(3);
    }
    assertThat(batchesSent() - before).isLessThan(USERS / 3);
  }

  @Test
  void aRefusedIntentFailsOnlyItsUsersBatchAndTheOthersAreWritten() {
    long good = newUser();
    long bad = newUser();
    long goodEpoch = leased(good);
    long badEpoch = leased(bad);

    Future<List<Optional<Order>>> ofGood = new OrderRepository(pool).insertAllFenced(good, goodEpoch,
        List.of(amoBuy("g-1", "TCS", 1, PLACED)));
    Future<List<Optional<Order>>> ofBad = new OrderRepository(pool).insertAllFenced(bad, badEpoch,
        List.of(amoBuy("b-1", "TCS", 1, PLACED), amoBuy("b-2", "INFY", 0, PLACED)));
    Future<List<Optional<Order>>> ofGoodAgain = new OrderRepository(pool).insertAllFenced(good, goodEpoch,
        List.of(amoBuy("g-2", "INFY", 1, PLACED)));

    assertThat(await(ofGood).get(0)).isPresent();
    assertThat(await(ofGoodAgain).get(0)).isPresent();
    assertThat(failure(ofBad)).isInstanceOf(WriteRefused.class);
    assertThat(await(new OrderRepository(pool).listNonTerminal(bad))).as("nothing of a refused batch").isEmpty();
    assertThat(await(new OrderRepository(pool).listNonTerminal(good))).hasSize(2);
  }

  private long batchesSent() {
    return FencedIntentWrites.batchesSent(pool);
  }
}
