package in.neotrader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hundreds of malformed and edge inputs across the routes: every answer is a 4xx/2xx in the error contract. */
class MalformedInputTest {
  static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "1", "\"x\"", "{\"a\":1}", "{\"email\":1}",
      "{\"email\":\"a@b.co\",\"password\":true}", "{\"tradeMode\":null}", "{\"tradeMode\":\"margin\"}",
      "{\"refreshToken\":\"" + "x".repeat(500) + "\"}", "{\"refreshToken\":123}", "{\"code\":\"12ab56\"}",
      "{\"rsi_period\":\"ten\"}", "{\"rsi_period\":1e308}", "{\"rsi_period\":-1}", "{\"task_schedule\":[1]}",
      "{\"consumerKey\":\"k\",\"mobileNumber\":\"1\",\"ucc\":\"u\",\"mpin\":\"x\",\"totpSecret\":\"s\"}",
      "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "{\"email\":\"" + "\u0000\ud83d\ude00".repeat(50) + "\"}",
      "{\"a\":\"" + "y".repeat(70 * 1024) + "\"}", "{\"email\":\"a@b.co\",\"password\":\"pw\",\"password\":\"dup\"}",
      "{\"symbols\":\"SBIN\"}", "{\"symbols\":[1,null,{},\"M M\",\"" + "Z".repeat(300) + "\"]}");
  static final List<String> QUERIES = List.of("?limit=-1", "?limit=abc", "?limit=100000", "?offset=-5",
      "?offset=99999999999", "?from=yesterday", "?to=2025-13-45", "?status=WHATEVER", "?task=%00", "?level=trace",
      "?day=2025-02-30", "?side=HOLD", "?from=2025-01-01T00:00:00Z&to=1", "?limit=1&limit=2", "?symbol=" + "s".repeat(300));
  static final List<String> IDS = List.of("0", "-1", "abc", "99999999999999999999", "1.5", "%20", "1e3");

  static ApiServer api;
  static ApiClient.Session trader;
  static ApiClient.Session admin;

  @BeforeAll
  static void start() {
    api = ApiServer.start();
    trader = api.signUp();
    admin = api.admin();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void noMalformedInputReachesA5xx() {
    List<String> failures = new ArrayList<>();
    int sent = 0;
    List<String[]> targets = new ArrayList<>();
    for (String auth : List.of("signup", "login", "refresh", "logout")) {
      targets.add(new String[] {"POST", "/api/v1/auth/" + auth, null});
    }
    for (RouteSecurityTest.Endpoint e : RouteSecurityTest.PROTECTED) {
      if (e.path().contains("/service/start") || e.path().contains("/service/stop") || e.path().endsWith("/disable")) {
        continue;
      }
      String token = e.admin() ? admin.accessToken() : trader.accessToken();
      if (e.path().contains("{")) {
        for (String id : IDS) {
          targets.add(new String[] {e.method(), e.path().replace("{id}", id).replace("{name}", id)
              .replace("{symbol}", id), token});
        }
      } else {
        targets.add(new String[] {e.method(), e.path(), token});
      }
    }
    for (String[] target : targets) {
      List<String> variants = target[0].equals("GET") ? QUERIES : BODIES;
      for (String variant : variants) {
        ApiClient.Reply reply = target[0].equals("GET")
            ? api.send("GET", target[1] + variant, target[2], null)
            : api.send(target[0], target[1], target[2], variant);
        sent++;
        if (reply.status() >= 500 || (reply.status() >= 400 && !reply.body().contains("\"error\""))
            || reply.body().contains("Exception") || reply.body().contains("\tat ")) {
          failures.add(target[0] + " " + target[1] + " " + abbreviated(variant) + " -> " + reply.status() + " "
              + abbreviated(reply.body()));
        }
      }
    }
    assertThat(sent).isGreaterThan(300);
    assertThat(failures).isEmpty();
  }

  private static String abbreviated(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
