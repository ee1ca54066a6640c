package in.neotrader.verticles.risk;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.tradingconfig.TradingConfigRepository;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pre-trade check on every order path of a paper account on the stepped clock: each limit refuses the order
 * that would cross it and the order records which limit and why; cash reserved by pending buys is not spent twice
 * by a second run-now.
 */
class RiskLimitsEngineTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final String BUYS = "SELECT symbol, quantity, price, status, status_reason FROM orders "
      + "WHERE user_id = $1 AND side = 'BUY' ORDER BY id";

  @Test
  void theOrdersPerDayLimitRefusesTheOrderThatWouldCrossItAndSaysWhy() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      long user = user(fx, "count@x.in", "10000000", new JsonObject().put("max_orders_per_day", 2));
      fx.runUntil(MONDAY.atTime(16, 10));

      List<Row> buys = fx.query(BUYS, user);
      assertThat(buys).hasSizeGreaterThan(2);
      assertThat(buys.subList(0, 2)).allSatisfy(r -> assertThat(r.getString("status")).isEqualTo("AMO_PENDING"));
      assertThat(buys.subList(2, buys.size())).allSatisfy(r -> {
        assertThat(r.getString("status")).isEqualTo("REJECTED");
        assertThat(r.getString("status_reason")).isEqualTo(
            "refused by the risk limit max_orders_per_day: 2 orders today, the limit is 2");
      });
    }
  }

  @Test
  void theOrderValueAndCapitalLimitsRefuseTheBuysThatWouldCrossThem() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      long tight = user(fx, "value@x.in", "10000000", new JsonObject().put("max_order_value", 1000));
      long capped = user(fx, "capital@x.in", "10000000", new JsonObject().put("max_capital_deployed", 150000));
      fx.runUntil(MONDAY.atTime(16, 10));

      assertThat(fx.query(BUYS, tight)).isNotEmpty().allSatisfy(r -> {
        assertThat(r.getString("status")).isEqualTo("REJECTED");
        assertThat(r.getString("status_reason")).startsWith("refused by the risk limit max_order_value: ₹")
            .endsWith(" is over ₹1000.00");
      });
      List<Row> cappedBuys = fx.query(BUYS, capped);
      BigDecimal deployed = cappedBuys.stream().filter(r -> r.getString("status").equals("AMO_PENDING"))
          .map(r -> r.getBigDecimal("price").multiply(BigDecimal.valueOf(r.getInteger("quantity"))))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(deployed).isPositive().isLessThanOrEqualTo(new BigDecimal("150000"));
      assertThat(cappedBuys).anySatisfy(r -> assertThat(r.getString("status_reason"))
          .startsWith("refused by the risk limit max_capital_deployed: ₹"));
    }
  }

  @Test
  void aSecondRunNowCannotSpendTheCashThePendingBuysReserve() throws Exception {
    try (EngineFixture fx = new EngineFixture(MONDAY.atTime(15, 50))) {
      BigDecimal cash = new BigDecimal("120000");
      long user = user(fx, "twice@x.in", cash.toPlainString(), new JsonObject().put("user_capital", 100000));
      fx.runUntil(MONDAY.atTime(16, 10));
      long firstRun = pending(fx, user).size();
      assertThat(firstRun).as("the cash runs out before the recommendations do").isPositive();

      runBuyOrdersNow(fx, user);
      runBuyOrdersNow(fx, user);

      BigDecimal reserved = pending(fx, user).stream()
          .map(r -> r.getBigDecimal("price").multiply(BigDecimal.valueOf(r.getInteger("quantity"))))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(reserved).as("pending buys of all runs together").isLessThanOrEqualTo(cash);
    }
  }

  private static long user(EngineFixture fx, String email, String cash, JsonObject config) throws Exception {
    long user = fx.createUser(email);
    EngineFixture.await(new PaperAccountRepository(fx.pool).create(user, new BigDecimal(cash), fx.clock.now()));
    EngineFixture.await(new TradingConfigRepository(fx.pool).update(user, config, fx.clock.now()));
    if (fx.engine() == null) {
      fx.startEngine("node-a");
    }
    EngineFixture.await(fx.engine().startService(user));
    return user;
  }

  private static List<Row> pending(EngineFixture fx, long user) throws Exception {
    return fx.query("SELECT price, quantity FROM orders WHERE user_id = $1 AND side = 'BUY' AND status = "
        + "'AMO_PENDING'", user);
  }

  private static void runBuyOrdersNow(EngineFixture fx, long user) throws Exception {
    String count = "SELECT count(*) FROM service_task_execution WHERE user_id = $1 AND task_name = 'buy_orders'";
    long before = fx.query(count, user).get(0).getLong(0);
    EngineFixture.await(fx.vertx.eventBus().request(UserEvents.controlAddress(user),
        new JsonObject().put("action", "run-task").put("task", "buy_orders")));
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (fx.query(count, user).get(0).getLong(0) == before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
