package in.neotrader.web.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trader's own cancel and exit routes when they must refuse: the market is closed (a Tuesday at 17:00), the
 * service is not running, the order is another trader's, the body is wrong. Each refusal says why in the error
 * contract, writes no order, and is in the trader's audit trail.
 */
class TraderOrdersApiTest {
  static ApiServer api;
  static ApiClient.Session trader;
  static ApiClient.Session stopped;

  @BeforeAll
  static void start() {
    api = ApiServer.start(new JsonObject().put("CLOCK", "simulated:1@2025-03-04T17:00").put("DEMO", false));
    trader = api.signUp();
    stopped = api.signUp();
    api.database.execute("INSERT INTO positions (user_id, symbol, quantity, average_price, opened_at) VALUES ("
        + trader.userId() + ", 'RELIANCE', 10, 2000, '2025-03-03 10:00+05:30')");
    api.database.execute("INSERT INTO orders (user_id, client_order_id, broker_order_id, symbol, side, quantity, price,"
        + " order_type, variety, status, placed_at, source) VALUES (" + stopped.userId() + ", 'theirs-1', 'PT1', 'TCS',"
        + " 'BUY', 3, 100, 'LIMIT', 'AMO', 'AMO_PENDING', '2025-03-04 16:05+05:30', 'paper')");
    assertThat(api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null).status()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void anExitAfterTheCloseIsRefusedAsMarketClosedAndWritesNoOrder() {
    ApiClient.Reply reply = exit(trader, "RELIANCE", new JsonObject().put("requestId", "after-close-1")
        .put("orderType", "MARKET"));
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("error")).isEqualTo("market_closed");
    assertThat(reply.json().getString("message")).startsWith("the market is closed")
        .endsWith("(next session on 2025-03-05)");
    assertThat(orders(trader)).isEmpty();
    JsonObject audited = api.get("/api/v1/user/audit", trader.accessToken()).json().getJsonArray("items")
        .getJsonObject(0);
    assertThat(audited.getString("action")).isEqualTo("position.exit");
    assertThat(audited.getJsonObject("details").getJsonObject("outcome").getString("code")).isEqualTo("market_closed");
  }

  @Test
  void aCancelWithoutARunningServiceIsAConflictThatSaysSo() {
    ApiClient.Reply reply = api.send("POST", "/api/v1/user/orders/1/cancel", stopped.accessToken(), null);
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getString("error")).isEqualTo("service_not_running");
  }

  @Test
  void anotherTradersOrderIsNotFound() {
    long theirs = api.get("/api/v1/user/orders", stopped.accessToken()).json().getJsonArray("items").getJsonObject(0)
        .getLong("id");
    ApiClient.Reply reply = api.send("POST", "/api/v1/user/orders/" + theirs + "/cancel", trader.accessToken(), null);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/user/orders/" + theirs, stopped.accessToken()).json().getString("status"))
        .isEqualTo("AMO_PENDING");
  }

  @Test
  void aBadExitBodyIsA400NamingTheField() {
    assertThat(field(new JsonObject().put("requestId", "bad-type-01").put("orderType", "STOP"))).containsKey("orderType");
    assertThat(field(new JsonObject().put("requestId", "bad-limit-1").put("orderType", "LIMIT"))).containsKey("limitPrice");
    assertThat(field(new JsonObject().put("requestId", "bad-mkt-001").put("orderType", "MARKET").put("limitPrice", 5)))
        .containsKey("limitPrice");
    assertThat(field(new JsonObject().put("requestId", "x").put("orderType", "MARKET"))).containsKey("requestId");
    assertThat(field(new JsonObject().put("requestId", "bad-qty-001").put("orderType", "MARKET").put("quantity", 1.5)))
        .containsKey("quantity");
    assertThat(field(new JsonObject().put("requestId", "bad-qty-002").put("orderType", "MARKET").put("quantity", 1e12)))
        .containsKey("quantity");
    assertThat(field(new JsonObject().put("requestId", "bad-limit-2").put("orderType", "LIMIT").put("limitPrice", 1e300)))
        .containsKey("limitPrice");
    assertThat(orders(trader)).isEmpty();
  }

  private static java.util.Map<String, Object> field(JsonObject body) {
    ApiClient.Reply reply = exit(trader, "RELIANCE", body);
    assertThat(reply.status()).isEqualTo(400);
    return reply.json().getJsonObject("fields").getMap();
  }

  private static ApiClient.Reply exit(ApiClient.Session who, String symbol, JsonObject body) {
    return api.send("POST", "/api/v1/user/positions/" + symbol + "/exit", who.accessToken(), body.encode());
  }

  private static List<Object> orders(ApiClient.Session who) {
    return api.get("/api/v1/user/orders", who.accessToken()).json().getJsonArray("items").getList();
  }
}
