package in.neotrader.verticles.engine;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.orders.AmoLimit;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

  @Test
  void theAmoCapIsReadFromTheConfigurationAsTheYamlOrTheEnvironmentGivesIt() {
    assertThat(EngineSettings.amoLimit(new JsonObject())).isEqualTo(AmoLimit.DEFAULT);
    assertThat(EngineSettings.amoLimit(new JsonObject().put("AMO_LIMIT_CAP_PCT", 1)).capPct()).isEqualByComparingTo("1");
    assertThat(EngineSettings.amoLimit(new JsonObject().put("AMO_LIMIT_CAP_PCT", " 0.5 ")).capPct())
        .isEqualByComparingTo("0.5");
  }
}
