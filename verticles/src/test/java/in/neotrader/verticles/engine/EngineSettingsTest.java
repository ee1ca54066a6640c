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

  /** NODE_ID was random per start, so a restarted node could not reclaim its own leases. */
  @Test
  void withoutNodeIdANodeIsNamedByItsHostDataDirectoryAndPortTheSameAtEveryStart() {
    JsonObject here = new JsonObject().put("DATA_DIR", "/srv/trading/data").put("HTTP_PORT", 8080);
    String first = EngineSettings.fromConfig(here).nodeId();
    assertThat(EngineSettings.fromConfig(here.copy()).nodeId()).isEqualTo(first);
    assertThat(first).matches(".+-[0-9a-f]{8}");
    assertThat(EngineSettings.fromConfig(here.copy().put("HTTP_PORT", 8081)).nodeId()).isNotEqualTo(first);
    assertThat(EngineSettings.fromConfig(here.copy().put("DATA_DIR", "/srv/other")).nodeId()).isNotEqualTo(first);
    assertThat(EngineSettings.fromConfig(here.copy().put("NODE_ID", "node-7")).nodeId()).isEqualTo("node-7");
  }
}
