package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.errors.UnknownUser;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskExecutionRepositoryTest extends DatabaseTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  private TaskExecutionRepository runs() {
    return new TaskExecutionRepository(pool);
  }

  private TaskExecution run(long user, String task, LocalDate day, int minute, TaskOutcome outcome) {
    Instant at = day.atTime(4, minute).toInstant(java.time.ZoneOffset.UTC);
    return await(runs().insert(user, new NewTaskExecution(task, day, at, outcome, outcome + " reason",
        new BigDecimal("1.250"), new JsonObject().put("orders", 2), "node-a")));
  }

  @Test
  void aRunIsStoredWithItsDetails() {
    long user = newUser();
    TaskExecution stored = run(user, "buy_orders", MONDAY, 5, TaskOutcome.SUCCESS);

    assertThat(stored.userId()).isEqualTo(user);
    assertThat(stored.outcome()).isEqualTo(TaskOutcome.SUCCESS);
    assertThat(stored.durationSeconds()).isEqualByComparingTo("1.25");
    assertThat(stored.details().getInteger("orders")).isEqualTo(2);
  }

  @Test
  void onlySuccessfulOrFailedRunsCountAsRanToday() {
    long user = newUser();
    run(user, "analysis", MONDAY, 1, TaskOutcome.SKIPPED);
    assertThat(await(runs().ranToday(user, "analysis", MONDAY))).isFalse();

    run(user, "analysis", MONDAY, 2, TaskOutcome.FAILED);
    assertThat(await(runs().ranToday(user, "analysis", MONDAY))).isTrue();
    assertThat(await(runs().ranToday(user, "analysis", TUESDAY))).isFalse();
    assertThat(await(runs().ranToday(newUser(), "analysis", MONDAY))).isFalse();
  }

  @Test
  void thePageIsNewestFirstFilteredAndScopedToTheUser() {
    long user = newUser();
    long other = newUser();
    run(user, "buy_orders", MONDAY, 1, TaskOutcome.SUCCESS);
    run(user, "sell_orders", MONDAY, 2, TaskOutcome.FAILED);
    run(user, "buy_orders", TUESDAY, 3, TaskOutcome.SKIPPED);
    run(other, "buy_orders", TUESDAY, 4, TaskOutcome.SUCCESS);

    var all = await(runs().page(user, TaskExecutionFilter.ALL, PageRequest.first(2)));
    assertThat(all.total()).isEqualTo(3);
    assertThat(all.items()).extracting(TaskExecution::tradingDay).containsExactly(TUESDAY, MONDAY);

    var buys = await(runs().page(user, new TaskExecutionFilter("buy_orders", null, null, null), PageRequest.first(10)));
    assertThat(buys.items()).extracting(TaskExecution::task).containsOnly("buy_orders").hasSize(2);

    var failedMonday = await(runs().page(user, new TaskExecutionFilter(null, TaskOutcome.FAILED, MONDAY, MONDAY),
        PageRequest.first(10)));
    assertThat(failedMonday.items()).extracting(TaskExecution::task).containsExactly("sell_orders");

    var secondPage = await(runs().page(user, TaskExecutionFilter.ALL, new PageRequest(2, 2)));
    assertThat(secondPage.items()).hasSize(1);
    assertThat(secondPage.total()).isEqualTo(3);
  }

  @Test
  void lastPerTaskGivesTheLatestRunOfEachTask() {
    long user = newUser();
    run(user, "buy_orders", MONDAY, 1, TaskOutcome.SUCCESS);
    run(user, "buy_orders", TUESDAY, 1, TaskOutcome.FAILED);
    run(user, "eod_cleanup", MONDAY, 9, TaskOutcome.SUCCESS);

    assertThat(await(runs().lastPerTask(user)))
        .extracting(TaskExecution::task, TaskExecution::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("buy_orders", TaskOutcome.FAILED),
            org.assertj.core.groups.Tuple.tuple("eod_cleanup", TaskOutcome.SUCCESS));
  }

  @Test
  void anUnknownTaskNameOrUserIsRefused() {
    Instant at = Instant.parse("2025-01-06T04:00:00Z");
    assertThat(failure(runs().insert(newUser(), new NewTaskExecution("lunch", MONDAY, at, TaskOutcome.SUCCESS, null,
        BigDecimal.ONE, null, null)))).isInstanceOf(InvalidValue.class)
        .hasMessageContaining("service_task_execution_task_name_check");
    assertThat(failure(runs().insert(999_999, new NewTaskExecution("analysis", MONDAY, at, TaskOutcome.SUCCESS, null,
        BigDecimal.ONE, null, null)))).isInstanceOf(UnknownUser.class);
  }
}
