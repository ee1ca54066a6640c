package in.neotrader.web.risk;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three levels of the kill switch through the API: a trader sets and lifts only their own; an admin's for that
 * trader and the deployment's stay until an admin lifts them; each change is audited; bad input is refused whole.
 */
class KillSwitchApiTest {
  static ApiServer api;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aTraderLiftsOnlyTheirOwnSwitchAndAnAdminsStaysInForce() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Session admin = api.admin();
    assertThat(get(trader).getBoolean("active")).isFalse();

    JsonObject own = put(trader, "/api/v1/user/kill-switch", new JsonObject().put("reason", "market looks wild")
        .put("cancelOpenOrders", true), 200);
    assertThat(own.getBoolean("active")).isTrue();
    assertThat(own.getJsonArray("switches").getJsonObject(0).fieldNames()).contains("level", "reason", "message",
        "cancelOpenOrders", "setAt");
    assertThat(own.getJsonArray("switches").getJsonObject(0).getString("message"))
        .isEqualTo("kill switch (set by the trader): market looks wild");

    put(admin, "/api/v1/admin/users/" + trader.userId() + "/kill-switch", new JsonObject().put("reason", "KYC review"),
        200);
    JsonObject afterOwnLifted = api.send("DELETE", "/api/v1/user/kill-switch", trader.accessToken(), null).json();
    assertThat(afterOwnLifted.getBoolean("active")).as("the admin's switch still holds").isTrue();
    assertThat(afterOwnLifted.getJsonArray("switches")).singleElement()
        .satisfies(s -> assertThat(((JsonObject) s).getString("level")).isEqualTo("admin"));

    assertThat(api.send("DELETE", "/api/v1/admin/users/" + trader.userId() + "/kill-switch", admin.accessToken(), null)
        .status()).isEqualTo(200);
    assertThat(get(trader).getBoolean("active")).isFalse();
    assertThat(api.get("/api/v1/user/audit", trader.accessToken()).body()).contains("kill-switch.set",
        "kill-switch.cleared");
  }

  @Test
  void theDeploymentsSwitchReachesEveryTraderAndOnlyAnAdminSetsOrLiftsIt() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Session admin = api.admin();
    assertThat(api.send("PUT", "/api/v1/admin/kill-switch", trader.accessToken(), "{}").status()).isEqualTo(403);

    put(admin, "/api/v1/admin/kill-switch", new JsonObject().put("reason", "exchange outage"), 200);
    JsonObject seen = get(trader);
    assertThat(seen.getBoolean("active")).isTrue();
    assertThat(seen.getJsonArray("switches").getJsonObject(0).getString("message"))
        .isEqualTo("kill switch (whole deployment, set by an admin): exchange outage");
    assertThat(api.send("DELETE", "/api/v1/user/kill-switch", trader.accessToken(), null).json().getBoolean("active"))
        .as("a trader cannot lift the deployment's switch").isTrue();

    assertThat(api.send("DELETE", "/api/v1/admin/kill-switch", admin.accessToken(), null).json().getBoolean("active"))
        .isFalse();
    assertThat(get(trader).getBoolean("active")).isFalse();
  }

  @Test
  void badInputIsRefusedAndNothingIsSet() {
    ApiClient.Session trader = api.signUp();
    ApiClient.Reply tooLong = api.send("PUT", "/api/v1/user/kill-switch", trader.accessToken(),
        new JsonObject().put("reason", "x".repeat(301)).encode());
    ApiClient.Reply notAFlag = api.send("PUT", "/api/v1/user/kill-switch", trader.accessToken(),
        new JsonObject().put("cancelOpenOrders", "yes").encode());

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().getJsonObject("fields").getString("reason")).contains("at most 300");
    assertThat(notAFlag.status()).isEqualTo(400);
    assertThat(notAFlag.json().getJsonObject("fields").getString("cancelOpenOrders")).contains("true or false");
    assertThat(get(trader).getBoolean("active")).isFalse();
  }

  private static JsonObject get(ApiClient.Session who) {
    return api.get("/api/v1/user/kill-switch", who.accessToken()).json();
  }

  private static JsonObject put(ApiClient.Session who, String path, JsonObject body, int expected) {
    ApiClient.Reply reply = api.send("PUT", path, who.accessToken(), body.encode());
    assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    return reply.json();
  }
}
