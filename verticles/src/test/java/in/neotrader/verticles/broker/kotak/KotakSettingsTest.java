package in.neotrader.verticles.broker.kotak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KotakSettingsTest {

  @Test
  void rateLimitsComeFromTheConfigurationAsNumbersOrEnvironmentStrings() {
    KotakSettings yaml = KotakSettings.fromConfig(new JsonObject().put("KOTAK_ORDERS_PER_SECOND", 8)
        .put("KOTAK_CALLS_PER_SECOND", 20));
    KotakSettings env = KotakSettings.fromEnvironment(Map.of("KOTAK_ORDERS_PER_SECOND", " 5 ",
        "KOTAK_BASE_URL", "http://127.0.0.1:9/"));

    assertThat(yaml.ordersPerSecond()).isEqualTo(8);
    assertThat(yaml.callsPerSecond()).isEqualTo(20);
    assertThat(env.ordersPerSecond()).isEqualTo(5);
    assertThat(env.callsPerSecond()).isEqualTo(KotakSettings.DEFAULT_CALLS_PER_SECOND);
    assertThat(env.loginUrl()).isEqualTo("http://127.0.0.1:9");
  }

  @Test
  void unsetOrBlankLimitsAreKotaksAndZeroIsRefused() {
    KotakSettings unset = KotakSettings.fromConfig(new JsonObject().put("KOTAK_CALLS_PER_SECOND", ""));

    assertThat(unset.ordersPerSecond()).isEqualTo(10);
    assertThat(unset.callsPerSecond()).isEqualTo(25);
    assertThatThrownBy(() -> KotakSettings.fromConfig(new JsonObject().put("KOTAK_ORDERS_PER_SECOND", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KOTAK_ORDERS_PER_SECOND");
  }
}
