package in.neotrader.verticles.orders;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A trader's exit sent to the running service (paper account, market open): the service's own open sell of the
 * symbol is cancelled first (else the paper broker, like a real one, would see the shares offered twice), then one
 * market sell closes the cycle as the trader's exit; the same request again places nothing more.
 */
class TraderExitsTest {
  private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 23);

  @Test
  void anExitCancelsTheServicesOwnSellThenSellsTheSharesOnceAndARepeatPlacesNothing() throws Exception {
    try (EngineFixture fx = new EngineFixture(TUESDAY.atTime(10, 0))) {
      long user = fx.createUser("exit@x.in");
      fx.query("INSERT INTO positions (user_id, symbol, quantity, average_price, opened_at) VALUES ($1, 'RELIANCE', 10,"
          + " 100, now())", user);
      fx.query("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity, price,"
          + " order_type, variety, status, task, trading_day, placed_at, source) VALUES ($1, 'target-1', 'PT1',"
          + " 'RELIANCE', 'SELL', 10, 99999, 'LIMIT', 'REGULAR', 'OPEN', 'sell_orders', $2, now(), 'paper')", user,
          TUESDAY);
      EngineFixture.await(fx.startEngine("node-a").startService(user));

      JsonObject exit = new JsonObject().put("action", TradingVerticle.EXIT_POSITION).put("symbol", "RELIANCE")
          .put("orderType", "MARKET").put("requestId", "request-0001");
      JsonObject first = EngineFixture.await(fx.vertx.eventBus().<JsonObject>request(UserEvents.controlAddress(user),
          exit)).body();
      JsonObject again = EngineFixture.await(fx.vertx.eventBus().<JsonObject>request(UserEvents.controlAddress(user),
          exit)).body();

      assertThat(first.getBoolean("ok")).as(first.encode()).isTrue();
      assertThat(again.getBoolean("repeated")).isTrue();
      assertThat(again.getLong("orderId")).isEqualTo(first.getLong("orderId"));
      assertThat(fx.query("SELECT task, status, filled_quantity FROM orders WHERE user_id = $1 AND side = 'SELL'"
          + " ORDER BY id", user).stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInteger(2))
          .toList()).containsExactly("sell_orders CANCELLED 0", "trader_exit FILLED 10");
      assertThat(fx.query("SELECT quantity, exit_reason FROM positions WHERE user_id = $1", user).get(0).toJson())
          .isEqualTo(new JsonObject().put("quantity", 0).put("exit_reason", "TRADER_EXIT"));
    }
  }
}
