package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.CREDENTIALS;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.id;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.verticles.broker.kotak.fake.FakeRequest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The exact requests the broker sends, checked against KOTAK_NEO §1-§3 as the fake received them: paths,
 * methods, headers, one form field {@code jData} whose values are all strings, and the login bodies.
 */
class KotakWireTest {
  private static final Set<String> PLACE_FIELDS = Set.of("am", "dq", "es", "mp", "pc", "pf", "pr", "pt", "qt", "rt",
      "tp", "ts", "tt", "ig", "os");
  private static final Set<String> SDK_MODIFY_FIELDS = Set.of("no", "pr", "pt", "qt", "vd", "tp", "dq", "am", "mp", "os");

  @Test
  void everyCallIsTheDocumentedRequest() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      String amo = await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10))).brokerOrderId();
      String sell = await(account.broker.placeOrder(OrderRequest.limitSell(id("TCS-EQ", OrderSide.SELL), "TCS-EQ", 4,
          new BigDecimal("3410.05")))).brokerOrderId();
      await(account.broker.modifyOrder(sell, new OrderModification(new BigDecimal("3399.95"), 4)));
      await(account.broker.cancelOrder(amo));
      await(account.broker.orderBook());
      await(account.broker.trades());
      await(account.broker.positions());
      await(account.broker.holdings());
      await(account.broker.funds());

      List<FakeRequest> sent = account.fake.requests();
      assertThat(sent).extracting(r -> r.method() + " " + r.path()).containsSubsequence(
          "POST /login/1.0/tradeApiLogin", "POST /login/1.0/tradeApiValidate", "POST /quick/order/rule/ms/place",
          "POST /quick/order/rule/ms/place", "POST /quick/order/vr/modify", "POST /quick/order/cancel",
          "GET /quick/user/orders", "GET /quick/user/trades", "GET /quick/user/positions",
          "GET /portfolio/v1/holdings", "POST /quick/user/limits");

      FakeRequest login = first(sent, "/login/1.0/tradeApiLogin");
      assertThat(login.headers().get("Authorization")).isEqualTo(CREDENTIALS.accessToken());
      assertThat(login.headers().get("neo-fin-key")).isEqualTo("neotradeapi");
      assertThat(login.json().orElseThrow().fieldNames()).containsExactlyInAnyOrder("mobileNumber", "ucc", "totp");
      assertThat(login.json().get().getString("mobileNumber")).isEqualTo(CREDENTIALS.mobileNumber()).startsWith("+91");
      assertThat(login.json().get().getString("totp")).matches("\\d{6}");
      FakeRequest validate = first(sent, "/login/1.0/tradeApiValidate");
      assertThat(validate.headers().get("sid")).isNotBlank();
      assertThat(validate.headers().get("Auth")).isNotBlank();
      assertThat(validate.json().orElseThrow()).isEqualTo(new JsonObject().put("mpin", CREDENTIALS.mpin()));

      // After the login, on the login host: which address Kotak sees (KOTAK_NEO §1.5).
      FakeRequest clientIp = first(sent, "/login/1.0/get-client-ip");
      assertThat(clientIp.method()).isEqualTo("GET");
      assertThat(clientIp.headers().get("Authorization")).isEqualTo(CREDENTIALS.accessToken());
      assertThat(sent.indexOf(clientIp)).isGreaterThan(sent.indexOf(validate));

      for (FakeRequest call : sent.subList(sent.indexOf(validate) + 1, sent.size())) {
        assertThat(call.headers().get("Auth")).as(call.path()).startsWith("trade-");
        assertThat(call.headers().get("Sid")).as(call.path()).startsWith("trade-sid-");
        assertThat(call.headers().get("neo-fin-key")).as(call.path()).isEqualTo("neotradeapi");
        assertThat(call.headers().get("accept")).as(call.path()).isEqualTo("application/json");
        if (call.method().equals("POST")) {
          assertThat(call.headers().get("Content-Type")).as(call.path()).startsWith("application/x-www-form-urlencoded");
          assertThat(call.form().names()).as(call.path() + ": one form field").containsExactly("jData");
          call.jData().orElseThrow().forEach(field -> assertThat(field.getValue()).as(call.path() + " " + field.getKey())
              .isInstanceOf(String.class));
        }
      }

      List<JsonObject> places = sent.stream().filter(r -> r.path().endsWith("/ms/place"))
          .map(r -> r.jData().orElseThrow()).toList();
      assertThat(places.get(0).fieldNames()).containsExactlyInAnyOrderElementsOf(PLACE_FIELDS);
      assertThat(values(places.get(0), "am", "pt", "pr", "tt", "es", "pc", "qt", "dq", "tp", "mp", "os"))
          .containsExactly("YES", "L", "2512.35", "B", "nse_cm", "CNC", "10", "0", "0", "0", "NEOTRADEAPI");
      assertThat(values(places.get(1), "am", "pt", "pr", "tt", "rt", "ts"))
          .containsExactly("NO", "L", "3410.05", "S", "DAY", "TCS-EQ");
      assertThat(places).extracting(j -> j.getString("ig")).doesNotHaveDuplicates().allMatch(tag -> !tag.isBlank());

      JsonObject modify = first(sent, "/quick/order/vr/modify").jData().orElseThrow();
      assertThat(modify.fieldNames()).containsAll(SDK_MODIFY_FIELDS).doesNotContain("rt");
      assertThat(values(modify, "no", "pr", "pt", "qt", "vd"))
          .containsExactly(sell, "3399.95", "L", "4", "DAY");
      assertThat(first(sent, "/quick/order/cancel").jData().orElseThrow())
          .isEqualTo(new JsonObject().put("on", amo).put("am", "YES").put("ts", "RELIANCE-EQ"));
      assertThat(first(sent, "/quick/user/limits").jData().orElseThrow())
          .isEqualTo(new JsonObject().put("seg", "ALL").put("exch", "ALL").put("prod", "ALL"));
    }
  }

  private static List<String> values(JsonObject jData, String... fields) {
    return java.util.Arrays.stream(fields).map(jData::getString).toList();
  }

  private static FakeRequest first(List<FakeRequest> sent, String path) {
    return sent.stream().filter(r -> r.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no request to " + path));
  }
}
