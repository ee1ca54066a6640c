package in.neotrader.web.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trader's watchlist over HTTP: replaced whole, validated entry by entry, private to its owner. */
class WatchlistApiTest {
  private static final String PATH = "/api/v1/user/watchlist";

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
  void aWatchlistIsReplacedWholeReadBackAndShrunkOneSymbolAtATime() {
    ApiClient.Session trader = api.signUp();
    assertThat(api.get(PATH, trader.accessToken()).json().getJsonArray("items")).isEmpty();

    ApiClient.Reply put = put(trader, " sbin ", "M&M", "SBIN", "BAJAJ-AUTO");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(symbols(put)).as("trimmed, upper-cased, duplicates collapsed, alphabetical")
        .containsExactly("BAJAJ-AUTO", "M&M", "SBIN");
    String sbinAdded = item(put, "SBIN").getString("addedAt");
    assertThat(sbinAdded).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

    ApiClient.Reply replaced = put(trader, "SBIN", "TCS");
    assertThat(symbols(replaced)).containsExactly("SBIN", "TCS");
    assertThat(item(replaced, "SBIN").getString("addedAt")).as("a symbol kept keeps its day").isEqualTo(sbinAdded);

    assertThat(api.send("DELETE", PATH + "/M%26M", trader.accessToken(), null).status()).isEqualTo(404);
    assertThat(api.send("DELETE", PATH + "/tcs", trader.accessToken(), null).status()).isEqualTo(204);
    assertThat(symbols(api.get(PATH, trader.accessToken()))).containsExactly("SBIN");
    assertThat(api.get("/api/v1/user/audit", trader.accessToken()).body())
        .contains("watchlist.update").contains("watchlist.remove");
  }

  @Test
  void badEntriesAreOne400NamingEachAndNothingIsStored() {
    ApiClient.Session trader = api.signUp();
    put(trader, "SBIN");
    ApiClient.Reply bad = api.send("PUT", PATH, trader.accessToken(),
        new JsonObject().put("symbols", new JsonArray().add("ITC").add("SBIN.NS").add(7).add("")).encode());
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getString("error")).isEqualTo("validation_failed");
    assertThat(bad.json().getJsonObject("fields").fieldNames()).containsExactlyInAnyOrder("symbols[1]", "symbols[2]",
        "symbols[3]");
    assertThat(bad.json().getJsonObject("fields").getString("symbols[1]")).startsWith("'SBIN.NS' is not an NSE symbol");

    ApiClient.Reply tooMany = put(trader, IntStream.range(0, 101).mapToObj(i -> "S" + i).toArray(String[]::new));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().getJsonObject("fields").getString("symbols")).isEqualTo("at most 100 symbols, got 101");

    ApiClient.Reply unknown = api.send("PUT", PATH, trader.accessToken(), "{\"symbols\":[],\"list\":\"x\"}");
    assertThat(unknown.json().getJsonObject("fields").getString("list")).isEqualTo("is not a known field");
    assertThat(api.send("PUT", PATH, trader.accessToken(), "{}").json().getJsonObject("fields").getString("symbols"))
        .isEqualTo("is required");
    assertThat(symbols(api.get(PATH, trader.accessToken()))).containsExactly("SBIN");
  }

  @Test
  void anotherTradersWatchlistIsNeitherSeenNorChanged() {
    ApiClient.Session alice = api.signUp();
    ApiClient.Session bob = api.signUp();
    put(alice, "ALICEONLY", "SBIN");
    put(bob, "ITC");

    assertThat(symbols(api.get(PATH, bob.accessToken()))).containsExactly("ITC");
    assertThat(api.send("DELETE", PATH + "/ALICEONLY", bob.accessToken(), null).status()).isEqualTo(404);
    put(bob);
    assertThat(symbols(api.get(PATH, alice.accessToken()))).containsExactly("ALICEONLY", "SBIN");
  }

  private static ApiClient.Reply put(ApiClient.Session who, String... symbols) {
    return api.send("PUT", PATH, who.accessToken(), new JsonObject().put("symbols", new JsonArray(List.of(symbols)))
        .encode());
  }

  private static List<String> symbols(ApiClient.Reply reply) {
    return reply.json().getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("symbol")).toList();
  }

  private static JsonObject item(ApiClient.Reply reply, String symbol) {
    return reply.json().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("symbol").equals(symbol)).findFirst().orElseThrow();
  }
}
