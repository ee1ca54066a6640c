package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ops.TradingMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every protected route, in one table: no token is 401, a trader on an admin route 403, another's data unseen. */
class RouteSecurityTest {
  record Endpoint(String method, String path) {
    String concrete(long id) {
      return path.replace("{id}", Long.toString(id)).replace("{name}", "analysis").replace("{symbol}", "ALICESYM");
    }

    boolean admin() {
      return path.startsWith("/api/v1/admin/");
    }
  }

  static final List<Endpoint> PROTECTED = List.of(
      new Endpoint("GET", "/api/v1/user/me"),
      new Endpoint("POST", "/api/v1/user/totp/setup"),
      new Endpoint("POST", "/api/v1/user/totp/enable"),
      new Endpoint("POST", "/api/v1/user/totp/disable"),
      new Endpoint("GET", "/api/v1/user/settings"),
      new Endpoint("PUT", "/api/v1/user/settings"),
      new Endpoint("POST", "/api/v1/user/broker-session/login"),
      new Endpoint("POST", "/api/v1/user/broker-session/test"),
      new Endpoint("GET", "/api/v1/user/kill-switch"),
      new Endpoint("PUT", "/api/v1/user/kill-switch"),
      new Endpoint("DELETE", "/api/v1/user/kill-switch"),
      new Endpoint("GET", "/api/v1/user/notifications"),
      new Endpoint("POST", "/api/v1/user/notifications"),
      new Endpoint("DELETE", "/api/v1/user/notifications/{id}"),
      new Endpoint("POST", "/api/v1/user/notifications/{id}/test"),
      new Endpoint("PUT", "/api/v1/user/broker-credentials"),
      new Endpoint("GET", "/api/v1/user/broker-credentials"),
      new Endpoint("POST", "/api/v1/user/service/start"),
      new Endpoint("POST", "/api/v1/user/service/stop"),
      new Endpoint("GET", "/api/v1/user/service/status"),
      new Endpoint("GET", "/api/v1/user/service/tasks"),
      new Endpoint("GET", "/api/v1/user/service/tasks.csv"),
      new Endpoint("GET", "/api/v1/user/service/logs"),
      new Endpoint("POST", "/api/v1/user/service/tasks/{name}/run"),
      new Endpoint("GET", "/api/v1/user/orders"),
      new Endpoint("GET", "/api/v1/user/orders.csv"),
      new Endpoint("GET", "/api/v1/user/fills.csv"),
      new Endpoint("GET", "/api/v1/user/orders/{id}"),
      new Endpoint("POST", "/api/v1/user/orders/{id}/cancel"),
      new Endpoint("POST", "/api/v1/user/orders/{id}/modify"),
      new Endpoint("POST", "/api/v1/user/positions/{symbol}/exit"),
      new Endpoint("GET", "/api/v1/user/positions"),
      new Endpoint("GET", "/api/v1/user/account/summary"),
      new Endpoint("GET", "/api/v1/user/sessions"),
      new Endpoint("DELETE", "/api/v1/user/sessions/{id}"),
      new Endpoint("POST", "/api/v1/user/sessions/revoke-all"),
      new Endpoint("GET", "/api/v1/user/signals"),
      new Endpoint("GET", "/api/v1/user/chart/{symbol}"),
      new Endpoint("GET", "/api/v1/user/pnl/daily"),
      new Endpoint("GET", "/api/v1/user/trading-config"),
      new Endpoint("PUT", "/api/v1/user/trading-config"),
      new Endpoint("POST", "/api/v1/user/trading-config/reset"),
      new Endpoint("GET", "/api/v1/user/watchlist"),
      new Endpoint("PUT", "/api/v1/user/watchlist"),
      new Endpoint("DELETE", "/api/v1/user/watchlist/{symbol}"),
      new Endpoint("POST", "/api/v1/user/backtests"),
      new Endpoint("GET", "/api/v1/user/audit"),
      new Endpoint("GET", "/api/v1/admin/users"),
      new Endpoint("GET", "/api/v1/admin/market-data"),
      new Endpoint("POST", "/api/v1/admin/users/{id}/service/start"),
      new Endpoint("POST", "/api/v1/admin/users/{id}/service/stop"),
      new Endpoint("POST", "/api/v1/admin/users/{id}/disable"),
      new Endpoint("POST", "/api/v1/admin/users/{id}/enable"),
      new Endpoint("POST", "/api/v1/admin/credentials/rotate"),
      new Endpoint("GET", "/api/v1/admin/users/{id}/kill-switch"),
      new Endpoint("PUT", "/api/v1/admin/users/{id}/kill-switch"),
      new Endpoint("DELETE", "/api/v1/admin/users/{id}/kill-switch"),
      new Endpoint("GET", "/api/v1/admin/kill-switch"),
      new Endpoint("PUT", "/api/v1/admin/kill-switch"),
      new Endpoint("DELETE", "/api/v1/admin/kill-switch"));

  static ApiServer api;
  static ApiClient.Session alice;
  static ApiClient.Session bob;
  static long aliceOrderId;

  @BeforeAll
  static void twoTradersAndAnOrderOfAlice() {
    api = ApiServer.start();
    alice = api.signUp();
    bob = api.signUp();
    api.database.execute("INSERT INTO orders (user_id, client_order_id, symbol, side, quantity, order_type, variety,"
        + " status, placed_at, source) VALUES (" + alice.userId() + ", 'ALICE-SECRET-ORDER', 'ALICESYM', 'BUY', 7,"
        + " 'MARKET', 'AMO', 'AMO_PENDING', now(), 'paper')");
    api.database.execute("INSERT INTO positions (user_id, symbol, quantity, average_price, opened_at) VALUES ("
        + alice.userId() + ", 'ALICESYM', 7, 101.5, now())");
    api.database.execute("INSERT INTO watchlist (user_id, symbol, added_at) VALUES (" + alice.userId()
        + ", 'ALICESYM', now())");
    ApiClient.Reply orders = api.get("/api/v1/user/orders", alice.accessToken());
    assertThat(orders.status()).as(orders.body()).isEqualTo(200);
    aliceOrderId = orders.json().getJsonArray("items")
        .getJsonObject(0).getLong("id");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void withoutATokenEveryProtectedRouteIs401() {
    for (Endpoint e : PROTECTED) {
      ApiClient.Reply reply = api.send(e.method(), e.concrete(1), null, e.method().equals("GET") ? null : "{}");
      assertThat(reply.status()).as(e.toString()).isEqualTo(401);
      assertThat(reply.json().getString("error")).as(e.toString()).isEqualTo("unauthorized");
    }
  }

  @Test
  void aForgedTokenIs401() {
    ApiClient.Reply reply = api.get("/api/v1/user/me", alice.accessToken() + "x");
    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void aTraderOnEveryAdminRouteIs403() {
    for (Endpoint e : PROTECTED.stream().filter(Endpoint::admin).toList()) {
      ApiClient.Reply reply = api.send(e.method(), e.concrete(alice.userId()), bob.accessToken(), null);
      assertThat(reply.status()).as(e.toString()).isEqualTo(403);
    }
  }

  @Test
  void anotherTradersOrderIs404WithNoneOfItsData() {
    ApiClient.Reply reply = api.get("/api/v1/user/orders/" + aliceOrderId, bob.accessToken());
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).doesNotContain("ALICE");
    assertThat(api.get("/api/v1/user/orders/" + aliceOrderId, alice.accessToken()).body()).contains("ALICE-SECRET-ORDER");
  }

  @Test
  void noUserRouteShowsBobAnythingOfAlice() {
    for (Endpoint e : PROTECTED.stream().filter(e -> !e.admin()).toList()) {
      ApiClient.Reply reply = api.send(e.method(), e.concrete(aliceOrderId), bob.accessToken(),
          e.method().equals("GET") ? null : "{}");
      assertThat(reply.status()).as(e.toString()).isLessThan(500);
      assertThat(reply.body()).as(e.toString()).doesNotContain("ALICE").doesNotContain(alice.accessToken());
    }
  }

  @Test
  void theOpenApiDocumentListsExactlyTheRoutesOfTheRouter() throws Exception {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Router router = new ApiRoutes(api.vertx, api.server.database().pool(), api.server.keys(), registry,
        new TradingMetrics(registry, api.server.database().pool()), api.server.config()).router();
    Set<String> routed = new TreeSet<>();
    collect(router, "", routed);
    assertThat(openApiOperations()).isEqualTo(routed);
    Set<String> table = new TreeSet<>();
    PROTECTED.forEach(e -> table.add(e.method() + " " + e.path()));
    assertThat(table).isEqualTo(new TreeSet<>(routed.stream().filter(r -> r.contains("/api/v1/user/")
        || r.contains("/api/v1/admin/")).toList()));
  }

  private static void collect(Router router, String prefix, Set<String> into) {
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (route.getSubRouter() != null) {
        String mount = path.replaceAll("/\\*?$", "");
        if (!mount.startsWith("/eventbus")) {
          collect(route.getSubRouter(), prefix + mount, into);
        }
      } else if (path != null && route.methods() != null && !route.methods().isEmpty()
          && !path.startsWith("/eventbus") && !path.startsWith("/webjars")) { // static files, not operations
        route.methods().forEach(m -> into.add(m.name() + " " + prefix + path.replaceAll(":(\\w+)", "{$1}")));
      }
    }
  }

  private static Set<String> openApiOperations() throws Exception {
    String yaml;
    try (InputStream in = RouteSecurityTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> operations = new TreeSet<>();
    String path = null;
    for (String line : yaml.split("\n")) {
      Matcher p = Pattern.compile("^  (/\\S*):$").matcher(line);
      Matcher m = Pattern.compile("^    (get|put|post|delete|patch):$").matcher(line);
      if (p.matches()) {
        path = p.group(1);
      } else if (m.matches() && path != null) {
        operations.add(m.group(1).toUpperCase() + " " + path);
      } else if (!line.startsWith(" ")) {
        path = null;
      }
    }
    return operations;
  }

  @Test
  void theOpenApiDocumentIsServed() {
    ApiClient.Reply reply = api.get("/api/v1/openapi.yaml", null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).startsWith("openapi: 3");
    assertThat(new JsonObject().put("ok", true).getBoolean("ok")).isTrue();
  }
}
