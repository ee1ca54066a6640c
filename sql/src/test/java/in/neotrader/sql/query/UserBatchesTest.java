package in.neotrader.sql.query;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.risk.HaltLevel;
import in.neotrader.sql.risk.TradingHalt;
import in.neotrader.sql.risk.TradingHaltRepository;
import in.neotrader.sql.signals.Signal;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UserBatchesTest extends DatabaseTest {
  private static final LocalDate DAY = LocalDate.of(2025, 12, 22);
  private static final int USERS = 300;

  @Test
  void aBurstOfReadsOfManyUsersIsAFewStatementsAndEachUserGetsItsOwnRowsOnItsOwnContext() {
    List<Long> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      long user = newUser();
      users.add(user);
      // Two signals each, the second ranked first; another day's signal must not come back.
      await(Queries.update(pool, "INSERT INTO signals (user_id, day, symbol, verdict, combined_score) VALUES "
          + "(#{u}, #{d}, #{a}, 'buy', 10), (#{u}, #{d}, #{b}, 'buy', 20), (#{u}, #{other}, 'OLD', 'buy', 99)",
          Params.of("u", user).and("d", DAY).and("other", DAY.minusDays(1)).and("a", "A" + user).and("b", "B" + user)));
    }
    long before = UserBatches.statementsSent(pool);
    List<Context> contexts = List.of(vertx.getOrCreateContext(), vertx.getOrCreateContext(),
        vertx.getOrCreateContext());
    AtomicInteger offContext = new AtomicInteger();
    List<Future<List<Signal>>> answers = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      Context context = contexts.get(i % contexts.size());
      long user = users.get(i);
      Promise<List<Signal>> answer = Promise.promise();
      context.runOnContext(v -> new SignalRepository(pool).listForDay(user, DAY).map(rows -> {
        if (io.vertx.core.Vertx.currentContext() != context) {
          offContext.incrementAndGet();
        }
        return rows;
      }).onComplete(answer));
      answers.add(answer.future());
    }
    for (int i = 0; i < USERS; i++) {
      long user = users.get(i);
      assertThat(await(answers.get(i))).extracting(Signal::symbol).containsExactly("B" + user, "A" + user);
    }
    assertThat(offContext).hasValue(0);
    assertThat(UserBatches.statementsSent(pool) - before).isLessThan(USERS / 3);
  }

  @Test
  void aDeploymentWideRowBelongsToEveryUserOfTheBatchAndAUsersOwnOnlyToIt() {
    long halted = newUser();
    long other = newUser();
    TradingHaltRepository halts = new TradingHaltRepository(pool);
    await(halts.set(Optional.empty(), HaltLevel.DEPLOYMENT, "exchange outage", false, Optional.empty(),
        Instant.parse("2025-12-22T04:00:00Z")));
    await(halts.set(Optional.of(halted), HaltLevel.USER, "my own stop", false, Optional.empty(),
        Instant.parse("2025-12-22T04:01:00Z")));

    Future<List<TradingHalt>> ofHalted = halts.applyingTo(halted);
    Future<List<TradingHalt>> ofOther = halts.applyingTo(other);

    assertThat(await(ofHalted)).extracting(TradingHalt::reason).containsExactly("exchange outage", "my own stop");
    assertThat(await(ofOther)).extracting(TradingHalt::reason).containsExactly("exchange outage");
  }

  @Test
  void insideATransactionTheReadIsThatUsersAlone() {
    long user = newUser();
    await(Queries.update(pool, "INSERT INTO signals (user_id, day, symbol, verdict) VALUES (#{u}, #{d}, 'ITC', 'buy')",
        Params.of("u", user).and("d", DAY)));
    long before = UserBatches.statementsSent(pool);

    List<Signal> read = await(pool.withTransaction(conn -> new SignalRepository(conn).listForDay(user, DAY)));

    assertThat(read).extracting(Signal::symbol).containsExactly("ITC");
    assertThat(UserBatches.statementsSent(pool)).isEqualTo(before);
  }

  @Test
  void aFailedBatchFailsEveryReadWaitingInIt() {
    long user = newUser();
    List<Future<List<Signal>>> answers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(UserBatches.list(pool, "SELECT * FROM no_such_table WHERE user_id = ANY(#{userIds})", user + i,
          Params.none(), row -> (Signal) null));
    }
    answers.forEach(a -> assertThat(failure(a)).hasMessageContaining("no_such_table"));
  }
}
