package in.neotrader.core.config;

import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Product;
import in.neotrader.core.orders.Validity;
import in.neotrader.core.orders.Variety;
import in.neotrader.core.risk.RiskLimits;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's trading settings with the defaults and ranges of TRADING_RULES §11. JSON uses the
 * snake_case column names; {@link TradingConfigValidation#validate(JsonObject)} explains bad values per field.
 */
public record TradingConfig(
    int rsiPeriod,
    double rsiOversold,
    double rsiExtremeOversold,
    double rsiNearOversold,
    BigDecimal userCapital,
    int maxPortfolioSize,
    double maxPositionVolumeRatio,
    long minAbsoluteAvgVolume,
    boolean chartQualityEnabled,
    double chartQualityMinScore,
    double chartQualityMaxGapFrequency,
    double chartQualityMinDailyRangePct,
    double chartQualityMaxExtremeCandleFrequency,
    Double defaultStopLossPct,
    Double tightStopLossPct,
    Double minStopLossPct,
    double defaultTargetPct,
    double strongBuyTargetPct,
    double excellentTargetPct,
    double buyRiskReward,
    double strongBuyRiskReward,
    double excellentRiskReward,
    Exchange defaultExchange,
    Product defaultProduct,
    OrderType defaultOrderType,
    Variety defaultVariety,
    Validity defaultValidity,
    boolean allowDuplicateRecommendationsSameDay,
    boolean exitOnEma9OrRsi50,
    double minCombinedScore,
    boolean newsSentimentEnabled,
    int newsSentimentLookbackDays,
    int newsSentimentMinArticles,
    double newsSentimentPosThreshold,
    double newsSentimentNegThreshold,
    boolean mlEnabled,
    double mlConfidenceThreshold,
    boolean mlCombineWithRules,
    String mlModelVersion,
    JsonObject taskSchedule,
    BigDecimal fallbackCapitalPerTrade,
    int minQty,
    double sellMinTargetRatio,
    BigDecimal paperInitialCapital,
    BigDecimal paperMaxPositionSize,
    double paperSlippageMinPct,
    double paperSlippageMaxPct,
    RiskLimits riskLimits,
    String strategy) {

  /** Every setting at its default. */
  public static TradingConfig defaults() {
    return fromJson(new JsonObject());
  }

  /**
   * Settings from JSON; absent fields take their defaults.
   *
   * @throws TradingConfigException with field errors when a value is invalid
   */
  public static TradingConfig fromJson(JsonObject json) {
    Map<String, String> errors = TradingConfigValidation.validate(json);
    if (!errors.isEmpty()) {
      throw new TradingConfigException(errors);
    }
    JsonObject j = json;
    return new TradingConfig(
        num(j, "rsi_period").intValue(),
        num(j, "rsi_oversold").doubleValue(),
        num(j, "rsi_extreme_oversold").doubleValue(),
        num(j, "rsi_near_oversold").doubleValue(),
        money(j, "user_capital"),
        num(j, "max_portfolio_size").intValue(),
        num(j, "max_position_volume_ratio").doubleValue(),
        num(j, "min_absolute_avg_volume").longValue(),
        (Boolean) value(j, "chart_quality_enabled"),
        num(j, "chart_quality_min_score").doubleValue(),
        num(j, "chart_quality_max_gap_frequency").doubleValue(),
        num(j, "chart_quality_min_daily_range_pct").doubleValue(),
        num(j, "chart_quality_max_extreme_candle_frequency").doubleValue(),
        nullableNum(j, "default_stop_loss_pct"),
        nullableNum(j, "tight_stop_loss_pct"),
        nullableNum(j, "min_stop_loss_pct"),
        num(j, "default_target_pct").doubleValue(),
        num(j, "strong_buy_target_pct").doubleValue(),
        num(j, "excellent_target_pct").doubleValue(),
        num(j, "buy_risk_reward").doubleValue(),
        num(j, "strong_buy_risk_reward").doubleValue(),
        num(j, "excellent_risk_reward").doubleValue(),
        Exchange.valueOf(((String) value(j, "default_exchange")).toUpperCase()),
        Product.valueOf(((String) value(j, "default_product")).toUpperCase()),
        OrderType.valueOf(((String) value(j, "default_order_type")).toUpperCase()),
        Variety.valueOf(((String) value(j, "default_variety")).toUpperCase()),
        Validity.valueOf(((String) value(j, "default_validity")).toUpperCase()),
        (Boolean) value(j, "allow_duplicate_recommendations_same_day"),
        (Boolean) value(j, "exit_on_ema9_or_rsi50"),
        num(j, "min_combined_score").doubleValue(),
        (Boolean) value(j, "news_sentiment_enabled"),
        num(j, "news_sentiment_lookback_days").intValue(),
        num(j, "news_sentiment_min_articles").intValue(),
        num(j, "news_sentiment_pos_threshold").doubleValue(),
        num(j, "news_sentiment_neg_threshold").doubleValue(),
        (Boolean) value(j, "ml_enabled"),
        num(j, "ml_confidence_threshold").doubleValue(),
        (Boolean) value(j, "ml_combine_with_rules"),
        (String) value(j, "ml_model_version"),
        (JsonObject) value(j, "task_schedule"),
        money(j, "fallback_capital_per_trade"),
        num(j, "min_qty").intValue(),
        num(j, "sell_min_target_ratio").doubleValue(),
        money(j, "paper_initial_capital"),
        money(j, "paper_max_position_size"),
        num(j, "paper_slippage_min_pct").doubleValue(),
        num(j, "paper_slippage_max_pct").doubleValue(),
        new RiskLimits(num(j, "max_portfolio_size").intValue(), optionalMoney(j, "max_order_value"),
            optionalMoney(j, "max_capital_deployed"), num(j, "max_orders_per_day").intValue(),
            optionalMoney(j, "daily_loss_cap")),
        (String) value(j, "strategy"));
  }

  /** Every setting, defaults included, under its snake_case name. */
  public JsonObject toJson() {
    return new JsonObject()
        .put("rsi_period", rsiPeriod)
        .put("rsi_oversold", rsiOversold)
        .put("rsi_extreme_oversold", rsiExtremeOversold)
        .put("rsi_near_oversold", rsiNearOversold)
        .put("user_capital", userCapital.doubleValue())
        .put("max_portfolio_size", maxPortfolioSize)
        .put("max_position_volume_ratio", maxPositionVolumeRatio)
        .put("min_absolute_avg_volume", minAbsoluteAvgVolume)
        .put("chart_quality_enabled", chartQualityEnabled)
        .put("chart_quality_min_score", chartQualityMinScore)
        .put("chart_quality_max_gap_frequency", chartQualityMaxGapFrequency)
        .put("chart_quality_min_daily_range_pct", chartQualityMinDailyRangePct)
        .put("chart_quality_max_extreme_candle_frequency", chartQualityMaxExtremeCandleFrequency)
        .put("default_stop_loss_pct", defaultStopLossPct)
        .put("tight_stop_loss_pct", tightStopLossPct)
        .put("min_stop_loss_pct", minStopLossPct)
        .put("default_target_pct", defaultTargetPct)
        .put("strong_buy_target_pct", strongBuyTargetPct)
        .put("excellent_target_pct", excellentTargetPct)
        .put("buy_risk_reward", buyRiskReward)
        .put("strong_buy_risk_reward", strongBuyRiskReward)
        .put("excellent_risk_reward", excellentRiskReward)
        .put("default_exchange", defaultExchange.name())
        .put("default_product", defaultProduct.name())
        .put("default_order_type", defaultOrderType.name())
        .put("default_variety", defaultVariety.name())
        .put("default_validity", defaultValidity.name())
        .put("allow_duplicate_recommendations_same_day", allowDuplicateRecommendationsSameDay)
        .put("exit_on_ema9_or_rsi50", exitOnEma9OrRsi50)
        .put("min_combined_score", minCombinedScore)
        .put("news_sentiment_enabled", newsSentimentEnabled)
        .put("news_sentiment_lookback_days", newsSentimentLookbackDays)
        .put("news_sentiment_min_articles", newsSentimentMinArticles)
        .put("news_sentiment_pos_threshold", newsSentimentPosThreshold)
        .put("news_sentiment_neg_threshold", newsSentimentNegThreshold)
        .put("ml_enabled", mlEnabled)
        .put("ml_confidence_threshold", mlConfidenceThreshold)
        .put("ml_combine_with_rules", mlCombineWithRules)
        .put("ml_model_version", mlModelVersion)
        .put("task_schedule", taskSchedule == null ? null : taskSchedule.copy())
        .put("fallback_capital_per_trade", fallbackCapitalPerTrade.doubleValue())
        .put("min_qty", minQty)
        .put("sell_min_target_ratio", sellMinTargetRatio)
        .put("paper_initial_capital", paperInitialCapital.doubleValue())
        .put("paper_max_position_size", paperMaxPositionSize.doubleValue())
        .put("paper_slippage_min_pct", paperSlippageMinPct)
        .put("paper_slippage_max_pct", paperSlippageMaxPct)
        .put("max_order_value", riskLimits.maxOrderValue().map(BigDecimal::doubleValue).orElse(null))
        .put("max_capital_deployed", riskLimits.maxCapitalDeployed().map(BigDecimal::doubleValue).orElse(null))
        .put("max_orders_per_day", riskLimits.maxOrdersPerDay())
        .put("daily_loss_cap", riskLimits.dailyLossCap().map(BigDecimal::doubleValue).orElse(null))
        .put("strategy", strategy);
  }

  /**
   * The settings held as a fraction of one (a 10 % target is 0.10), which a form shows as a percentage; the other
   * {@code _pct} settings (slippage, daily range) already hold percentages.
   */
  public static List<String> fractionFields() {
    return TradingConfigFields.ALL.stream()
        .filter(f -> f.kind() == ConfigField.Kind.NUMBER && Double.valueOf(0.0).equals(f.min())
            && Double.valueOf(1.0).equals(f.max()) && (f.name().endsWith("_pct") || f.name().endsWith("_ratio")))
        .map(ConfigField::name).toList();
  }

  /** Field name to message; empty when {@code json} is valid. */
  public static Map<String, String> validate(JsonObject json) {
    return TradingConfigValidation.validate(json);
  }

  private static Object value(JsonObject j, String name) {
    return j.containsKey(name) ? j.getValue(name) : TradingConfigFields.BY_NAME.get(name).defaultValue();
  }

  private static Number num(JsonObject j, String name) {
    return (Number) value(j, name);
  }

  private static Double nullableNum(JsonObject j, String name) {
    Number n = num(j, name);
    return n == null ? null : n.doubleValue();
  }

  private static Optional<BigDecimal> optionalMoney(JsonObject j, String name) {
    return Optional.ofNullable(num(j, name)).map(n -> money(j, name));
  }

  private static BigDecimal money(JsonObject j, String name) {
    return new BigDecimal(num(j, name).toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
