package in.neotrader.web.jar;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import io.vertx.core.json.JsonArray;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, minus Maven: the shipped jar on the embedded database. The demo trader it creates
 * trades on paper (its accelerated clock), a trader who signs up starts a service, and SIGTERM ends it with 0.
 */
class PaperModeJarIT {
  private static final Pattern DEMO_LOGIN = Pattern.compile("Demo trader .*: (\\S+ / \\S+)");

  @TempDir
  Path dataDir;

  @Test
  void theJarStartsOnTheEmbeddedDatabaseAndItsDemoTraderTradesOnPaper() throws Exception {
    try (ServerJar jar = ServerJar.start(Map.of("DATA_DIR", dataDir.toString(), "DB_URL", "",
        "EMBEDDED_PG_PORT", "0", "HTTP_HOST", "127.0.0.1", "HTTP_PORT", "0", "MARKET_DATA_INGEST", "false"))) {
      ApiClient api = new ApiClient(jar.url());
      assertThat(api.get("/health", null).status()).isEqualTo(200);
      String[] demo = jar.printed(DEMO_LOGIN).split(" / ");
      ApiClient.Session demoTrader = api.logIn(demo[0], demo[1]);

      JsonArray orders = JarPolling.items(api, "/api/v1/user/orders", demoTrader, 1);
      assertThat(orders.getJsonObject(0).getString("source")).isEqualTo("paper");
      assertThat(signalsOfTheWeekBefore(api, demoTrader, orders.getJsonObject(0).getString("tradingDay")))
          .as("the analysis behind the demo's first order").isNotEmpty();

      ApiClient.Session trader = api.signUp();
      ApiClient.Reply started = api.send("POST", "/api/v1/user/service/start", trader.accessToken(), null);
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      assertThat(started.json().getBoolean("running")).isTrue();

      assertThat(jar.stop()).as(String.join("\n", jar.output())).isZero();
    }
  }

  /** The demo runs on its own accelerated clock, so its signals sit on the order's days, not on today's. */
  private static JsonArray signalsOfTheWeekBefore(ApiClient api, ApiClient.Session trader, String tradingDay) {
    JsonArray found = new JsonArray();
    LocalDate day = LocalDate.parse(tradingDay);
    for (int back = 0; back <= 7; back++) {
      found.addAll(api.get("/api/v1/user/signals?day=" + day.minusDays(back), trader.accessToken()).json()
          .getJsonArray("items"));
    }
    return found;
  }
}
