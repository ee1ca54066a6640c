package in.neotrader.web.jar;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two trading-server.jar nodes on Debian's PostgreSQL, one simulated day and a half: a node killed (SIGKILL) in
 * Tuesday's 16:05 buy burst, a node killed in Wednesday's 09:15 open, and the database stopped for 30 s across
 * Wednesday's 16:05. Afterwards no order is there twice, no intent is left without a final state, and every
 * scheduled slot of every trader has its row (ran, skipped, or failed with a reason). Each phase is its own
 * simulated clock (a new CLOCK setting), so the hours between them pass in a restart, as a long outage would;
 * the slots they hold are accounted for too.
 *
 * <p>About 4.5 min. Alone: {@code mvn -B -o -pl web-api failsafe:integration-test failsafe:verify
 * -Dit.test=ClusterFaultIT} after {@code mvn -B install -DskipTests}; it needs Debian's postgresql package and root
 * (runuser), as {@code .ci/run} provides. Each node's log is kept under target/fault-drill/.
 */
class ClusterFaultIT {
  private static final int USERS = 6;
  /** The analysis moves to 16:04 (a trader's own schedule), so a phase needs a minute of simulated time before 16:05. */
  private static final JsonObject ANALYSIS_AT_1604 = new JsonObject().put("task_schedule",
      new JsonObject().put("analysis", new JsonObject().put("at", "16:04").put("graceMinutes", 1)));
  private static final LocalDateTime TUESDAY_1602 = LocalDateTime.of(2025, 12, 23, 16, 2);
  private static final LocalDateTime WEDNESDAY_0914 = LocalDateTime.of(2025, 12, 24, 9, 14);
  private static final LocalDateTime WEDNESDAY_1604 = LocalDateTime.of(2025, 12, 24, 16, 4, 10);
  private static final LocalDateTime END = LocalDateTime.of(2025, 12, 24, 16, 7, 30);

  @Test
  void killsAndADatabaseStopLoseNoOrderAndLeaveEverySlotAccounted() throws Exception {
    try (DebianPostgres database = DebianPostgres.start(); FaultCluster cluster = new FaultCluster(database)) {
      // Tuesday 16:05: the buy burst, its busiest node killed as the first order is written.
      cluster.startBoth("simulated:4@" + TUESDAY_1602);
      List<Long> users = new ArrayList<>();
      for (int i = 0; i < USERS; i++) {
        ApiClient api = cluster.api(i % 2 == 0 ? "node-a" : "node-b");
        ApiClient.Session trader = api.signUp();
        assertThat(api.send("PUT", "/api/v1/user/trading-config", trader.accessToken(), ANALYSIS_AT_1604.encode())
            .status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
        users.add(trader.userId());
      }
      assertThat(cluster.simulatedNow()).as("set up before the 16:04 analysis").isBefore(TUESDAY_1602.plusMinutes(2));
      long buys = cluster.killOwnerOfTheFirstOrder("buy_orders", TUESDAY_1602.withMinute(5), TUESDAY_1602.withMinute(7));
      cluster.awaitSimulated(TUESDAY_1602.withMinute(7).withSecond(30));
      assertThat(cluster.ordersPlaced("buy_orders", TUESDAY_1602.withMinute(5), TUESDAY_1602.withMinute(8)))
          .as("Tuesday's burst placed its buys").isGreaterThanOrEqualTo(buys).isPositive();

      // Wednesday 09:15: the open (AMO fills, the day's sells), its busiest node killed in it.
      cluster.stopBoth();
      cluster.startBoth("simulated:4@" + WEDNESDAY_0914);
      cluster.killOwnerOfTheFirstOrder("sell_orders", WEDNESDAY_0914.withMinute(15).withSecond(0),
          WEDNESDAY_0914.withMinute(17));
      cluster.awaitSimulated(WEDNESDAY_0914.withMinute(17));

      // Wednesday 16:05: the database stops for 30 s of wall time across the buy burst.
      cluster.stopBoth();
      cluster.startBoth("simulated:2@" + WEDNESDAY_1604);
      cluster.awaitSimulated(WEDNESDAY_1604.withSecond(50));
      // 30 s of wall time is 60 s simulated: back at 16:05:50, inside buy_orders' window (to 16:07).
      database.stop();
      Thread.sleep(30_000);
      database.startAgain();
      cluster.awaitSimulated(END);
      cluster.stopBoth();

      FaultAccounting accounting = new FaultAccounting(database, users, ANALYSIS_AT_1604.getJsonObject("task_schedule"));
      System.out.println("ClusterFaultIT: " + cluster.failovers() + "; " + accounting.summary() + "; "
          + accounting.serviceStarts() + "; duplicates " + accounting.duplicateOrders() + "; runs cut short "
          + accounting.runsCutShort() + "; Wednesday's buy runs " + accounting.buyRunsOn(END.toLocalDate()));
      assertThat(accounting.duplicateOrders()).as("orders placed twice").isEmpty();
      assertThat(accounting.unsettledIntents()).as("intents without a final state").isEmpty();
      assertThat(accounting.failedWithoutReason()).as("failed orders without their reason").isZero();
      assertThat(accounting.slotsRunTwice()).as("slots run twice").isEmpty();
      assertThat(accounting.unaccountedSlots(TUESDAY_1602, END)).as("scheduled slots without a row").isEmpty();
      assertThat(accounting.tradersWithASuccessfulBuyRun(END.toLocalDate()))
          .as("traders whose Wednesday buy run succeeded after the outage: " + accounting.buyRunsOn(END.toLocalDate()))
          .isEqualTo(USERS);
      assertThat(cluster.failoverSeconds()).as("both kills failed over").hasSize(2)
          .allSatisfy(seconds -> assertThat(seconds).isLessThanOrEqualTo(2.0 * FaultCluster.LEASE_SECONDS));
      assertThat(Set.copyOf(users)).hasSize(USERS);
    }
  }
}
