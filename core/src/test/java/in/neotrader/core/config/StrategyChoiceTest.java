package in.neotrader.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class StrategyChoiceTest {

  @Test
  void aNewUserTradesDipUnlessTheyChoose() {
    assertThat(TradingConfig.defaults().strategy()).isEqualTo("dip");
    assertThat(TradingConfig.defaults().toJson().getString("strategy")).isEqualTo("dip");
  }

  @Test
  void aRegisteredStrategyCanBeChosen() {
    TradingConfig c = TradingConfig.fromJson(new JsonObject().put("strategy", "legacy-dip"));

    assertThat(c.strategy()).isEqualTo("legacy-dip");
    assertThat(TradingConfig.validate(c.toJson())).isEmpty();
  }

  @Test
  void anUnknownStrategyIsAFieldErrorNamingTheKnownOnes() {
    JsonObject json = new JsonObject().put("strategy", "martingale");

    assertThat(TradingConfig.validate(json))
        .containsEntry("strategy", "is not a known strategy (one of dip, legacy-dip)");
    assertThatThrownBy(() -> TradingConfig.fromJson(json)).isInstanceOfSatisfying(TradingConfigException.class,
        e -> assertThat(e.errors()).containsOnlyKeys("strategy"));
  }

  @Test
  void aStrategyNameIsCaseSensitiveAndNotANumber() {
    assertThat(TradingConfig.validate(new JsonObject().put("strategy", "DIP"))).containsKey("strategy");
    assertThat(TradingConfig.validate(new JsonObject().put("strategy", 1))).containsKey("strategy");
  }
}
