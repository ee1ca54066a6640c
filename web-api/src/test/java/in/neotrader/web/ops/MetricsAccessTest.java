package in.neotrader.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** /metrics was open to anyone: now a bearer token (METRICS_TOKEN) or, without one, the same host only. */
class MetricsAccessTest {
  private static final String TOKEN = "scrape-token-5b1f0c7e9a";

  @Test
  void withATokenSetAScrapeWithoutItOrWithAnotherIs401AndWithItSucceeds() {
    try (ApiServer api = ApiServer.start(new JsonObject().put(MetricsAccess.KEY, TOKEN))) {
      ApiClient.Reply none = api.get("/metrics", null);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.json().getString("error")).isEqualTo("metrics_token_required");
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"metrics\"");
      assertThat(none.body()).doesNotContain("jvm_");
      assertThat(api.get("/metrics", TOKEN + "x").status()).isEqualTo(401);
      // A trader's own access token is not the metrics token either.
      assertThat(api.get("/metrics", api.signUp().accessToken()).status()).isEqualTo(401);

      ApiClient.Reply scrape = api.get("/metrics", TOKEN);
      assertThat(scrape.status()).isEqualTo(200);
      assertThat(scrape.body()).contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void withoutATokenOnlyClientsOnThisHostMayScrape() {
    MetricsAccess open = MetricsAccess.fromConfig(new JsonObject());
    assertThat(open.refusal("127.0.0.1", null)).isEmpty();
    assertThat(open.refusal("0:0:0:0:0:0:0:1", null)).isEmpty();
    for (String remote : new String[] {"10.0.0.7", "192.168.1.20", "203.0.113.9", "2001:db8::1", "not-an-address"}) {
      assertThat(open.refusal(remote, null)).as(remote).get().extracting(ApiError::status).isEqualTo(403);
    }
    MetricsAccess guarded = MetricsAccess.fromConfig(new JsonObject().put(MetricsAccess.KEY, TOKEN));
    assertThat(guarded.refusal("203.0.113.9", "Bearer " + TOKEN)).isEmpty();
    assertThat(guarded.refusal("127.0.0.1", null)).as("with a token even this host needs it").isPresent();
    assertThat(guarded.refusal("127.0.0.1", "Basic " + TOKEN)).isPresent();
  }
}
