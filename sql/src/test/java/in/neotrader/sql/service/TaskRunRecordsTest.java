package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRunRecordsTest extends DatabaseTest {
  private static final Instant AT = Instant.parse("2025-12-22T10:35:00Z");
  private static final LocalDate DAY = LocalDate.of(2025, 12, 22);

  private static NewTaskExecution run(TaskOutcome outcome, String reason) {
    return new NewTaskExecution("buy_orders", DAY, AT, outcome, reason, new BigDecimal("0.125"),
        new JsonObject().put("orders", 3), "node-a");
  }

  @Test
  void aSuccessfulRunWritesItsRowItsLinesInOrderAndItsLastExecution() {
    long user = newUser();
    ServiceStatusRepository status = new ServiceStatusRepository(pool);
    await(status.setRunning(user, true, AT.minusSeconds(60)));

    await(new TaskRunRecords(pool).record(user, run(TaskOutcome.SUCCESS, null), List.of(
        new ServiceLogRepository.NewLogLine(AT, LogLevel.INFO, "buy_orders", "first", new JsonObject().put("n", 1)),
        new ServiceLogRepository.NewLogLine(AT, LogLevel.WARN, "buy_orders", "second", null)), null));

    var runs = await(new TaskExecutionRepository(pool).page(user, TaskExecutionFilter.ALL, PageRequest.first(10)));
    assertThat(runs.items()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(TaskOutcome.SUCCESS);
      assertThat(r.executedAt()).isEqualTo(AT);
      assertThat(r.durationSeconds()).isEqualByComparingTo("0.125");
      assertThat(r.details().getInteger("orders")).isEqualTo(3);
    });
    var lines = await(new ServiceLogRepository(pool).page(user, ServiceLogFilter.ALL, PageRequest.first(10)));
    assertThat(lines.items()).extracting(ServiceLogEntry::message).containsExactly("second", "first");
    assertThat(lines.items().get(1).context().getInteger("n")).isEqualTo(1);
    assertThat(lines.items().get(0).level()).isEqualTo(LogLevel.WARN);
    ServiceStatus after = await(status.find(user)).orElseThrow();
    assertThat(after.lastTaskExecution()).isEqualTo(AT);
    assertThat(after.errorCount()).isZero();
  }

  @Test
  void aFailedRunCountsAsTheUsersLastErrorAndKeepsTheLastExecution() {
    long user = newUser();
    ServiceStatusRepository status = new ServiceStatusRepository(pool);
    await(status.setRunning(user, true, AT.minusSeconds(60)));

    await(new TaskRunRecords(pool).record(user, run(TaskOutcome.FAILED, "broker down"), List.of(),
        "buy_orders: broker down"));

    ServiceStatus after = await(status.find(user)).orElseThrow();
    assertThat(after.errorCount()).isEqualTo(1);
    assertThat(after.lastError()).isEqualTo("buy_orders: broker down");
    assertThat(after.lastTaskExecution()).isNull();
    assertThat(await(new ServiceLogRepository(pool).page(user, ServiceLogFilter.ALL, PageRequest.first(10))).total())
        .isZero();
  }

  @Test
  void runsOfManyUsersEndingTogetherAreEachRecordedAndTwoFailuresOfOneUserCountTwice() {
    ServiceStatusRepository status = new ServiceStatusRepository(pool);
    List<Long> users = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long user = newUser();
      await(status.setRunning(user, true, AT.minusSeconds(60)));
      users.add(user);
    }
    long twice = users.get(3);
    List<Future<Long>> ids = new ArrayList<>();
    for (long user : users) {
      ids.add(new TaskRunRecords(pool).record(user, run(TaskOutcome.SUCCESS, null), List.of(
          new ServiceLogRepository.NewLogLine(AT, LogLevel.INFO, "buy_orders", "placed for " + user, null)), null));
    }
    ids.add(new TaskRunRecords(pool).record(twice, run(TaskOutcome.FAILED, "one"), List.of(), "buy_orders: one"));
    ids.add(new TaskRunRecords(pool).record(twice, run(TaskOutcome.FAILED, "two"), List.of(), "buy_orders: two"));

    assertThat(ids.stream().map(DatabaseTest::await).distinct()).hasSize(users.size() + 2);
    for (long user : users) {
      var lines = await(new ServiceLogRepository(pool).page(user, ServiceLogFilter.ALL, PageRequest.first(10)));
      assertThat(lines.items()).extracting(ServiceLogEntry::message).containsExactly("placed for " + user);
      int runs = user == twice ? 3 : 1;
      assertThat(await(new TaskExecutionRepository(pool).page(user, TaskExecutionFilter.ALL, PageRequest.first(10)))
          .total()).isEqualTo(runs);
    }
    ServiceStatus after = await(status.find(twice)).orElseThrow();
    assertThat(after.errorCount()).isEqualTo(2);
    assertThat(after.lastTaskExecution()).isEqualTo(AT);
  }
}
