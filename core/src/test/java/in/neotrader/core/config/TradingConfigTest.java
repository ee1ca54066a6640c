package in.neotrader.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradingConfigTest {

  @Test
  void defaultsAreTheLegacyValues() {
    TradingConfig c = TradingConfig.defaults();
    assertThat(c.rsiPeriod()).isEqualTo(10);
    assertThat(c.rsiOversold()).isEqualTo(30.0);
    assertThat(c.userCapital()).isEqualByComparingTo("200000");
    assertThat(c.maxPortfolioSize()).isEqualTo(6);
    assertThat(c.minCombinedScore()).isEqualTo(25.0);
    assertThat(c.defaultVariety()).isEqualTo(Variety.AMO);
    assertThat(c.defaultOrderType()).isEqualTo(OrderType.MARKET);
    assertThat(c.defaultStopLossPct()).isNull();
    assertThat(c.sellMinTargetRatio()).isEqualTo(0.95);
    assertThat(c.paperInitialCapital()).isEqualByComparingTo("100000");
    assertThat(c.taskSchedule()).isNull();
  }

  @Test
  void survivesARoundTripThroughJson() {
    JsonObject changed = new JsonObject().put("user_capital", 150000).put("max_portfolio_size", 4)
        .put("default_variety", "regular").put("default_stop_loss_pct", 0.05)
        .put("task_schedule", new JsonObject().put("buy_orders", new JsonObject().put("at", "16:10")));
    TradingConfig c = TradingConfig.fromJson(changed);

    assertThat(TradingConfig.fromJson(c.toJson())).isEqualTo(c);
    assertThat(c.toJson().getString("default_variety")).isEqualTo("REGULAR");
    assertThat(c.toJson().getInteger("max_portfolio_size")).isEqualTo(4);
    assertThat(TradingConfig.validate(c.toJson())).isEmpty();
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "rsi_period                 | 0        | must be between 1 and 50",
      "rsi_period                 | 10.5     | whole number",
      "rsi_oversold               | 55       | must be between 0 and 50",
      "user_capital               | 0        | must be greater than 0",
      "max_portfolio_size         | 21       | must be between 1 and 20",
      "max_position_volume_ratio  | 1.5      | must be between 0 and 1",
      "min_absolute_avg_volume    | -1       | must be at least 0",
      "chart_quality_enabled      | \"yes\"  | true or false",
      "default_exchange           | \"NYSE\" | one of NSE, BSE",
      "default_validity           | \"GTC\"  | one of DAY, IOC",
      "ml_model_version           | \"abcdefghijklmnopq\" | at most 16 characters",
      "task_schedule              | 5        | JSON object",
      "min_qty                    | 0        | at least 1",
      "news_sentiment_lookback_days | 400    | between 1 and 365",
      "rsi_extreme_oversold       | 30       | below rsi_oversold",
      "rsi_near_oversold          | 30       | above rsi_oversold",
      "paper_slippage_max_pct     | 0.05     | at least paper_slippage_min_pct",
      "colour                     | 1        | not a known setting",
  })
  void explainsEachBadFieldForTheForm(String field, String jsonValue, String message) {
    JsonObject json = new JsonObject("{\"" + field + "\":" + jsonValue + "}");
    assertThat(TradingConfig.validate(json)).containsKey(field);
    assertThat(TradingConfig.validate(json).get(field)).contains(message);
  }

  @Test
  void crossFieldRulesUseTheOtherFieldsEffectiveValue() {
    JsonObject json = new JsonObject().put("rsi_oversold", 15).put("rsi_extreme_oversold", 10)
        .put("rsi_near_oversold", 35);
    assertThat(TradingConfig.validate(json)).isEmpty();
  }

  @Test
  void scheduleErrorsAppearUnderTheirPath() {
    JsonObject json = new JsonObject().put("task_schedule",
        new JsonObject().put("buy_orders", new JsonObject().put("at", "4pm")));
    assertThat(TradingConfig.validate(json)).containsKey("task_schedule.buy_orders.at");
  }

  @Test
  void fromJsonRefusesInvalidSettingsWithAllErrors() {
    assertThatThrownBy(() -> TradingConfig.fromJson(new JsonObject().put("rsi_period", 0).put("min_qty", 0)))
        .isInstanceOfSatisfying(TradingConfigException.class,
            e -> assertThat(e.errors()).containsOnlyKeys("rsi_period", "min_qty"));
  }
}
