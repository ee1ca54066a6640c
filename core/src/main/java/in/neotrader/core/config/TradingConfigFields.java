package in.neotrader.core.config;

import static in.neotrader.core.config.ConfigField.bool;
import static in.neotrader.core.config.ConfigField.choice;
import static in.neotrader.core.config.ConfigField.integer;
import static in.neotrader.core.config.ConfigField.json;
import static in.neotrader.core.config.ConfigField.number;
import static in.neotrader.core.config.ConfigField.optionalPositive;
import static in.neotrader.core.config.ConfigField.positive;
import static in.neotrader.core.config.ConfigField.strategy;
import static in.neotrader.core.config.ConfigField.text;

import in.neotrader.core.strategy.StrategyRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Defaults and valid ranges of user_trading_config (TRADING_RULES §11), the risk limits (issue 13) and the
 * strategy (issue 18).
 */
final class TradingConfigFields {

  static final List<ConfigField> ALL = List.of(
      integer("rsi_period", 10, 1.0, 50.0),
      number("rsi_oversold", 30.0, 0.0, 50.0),
      number("rsi_extreme_oversold", 20.0, 0.0, 30.0),
      number("rsi_near_oversold", 40.0, 30.0, 50.0),
      positive("user_capital", 200000.0),
      integer("max_portfolio_size", 6, 1.0, 20.0),
      number("max_position_volume_ratio", 0.10, 0.0, 1.0),
      integer("min_absolute_avg_volume", 10000, 0.0, null),
      bool("chart_quality_enabled", true),
      number("chart_quality_min_score", 50.0, 0.0, 100.0),
      number("chart_quality_max_gap_frequency", 25.0, 0.0, 100.0),
      number("chart_quality_min_daily_range_pct", 1.0, 0.0, 10.0),
      number("chart_quality_max_extreme_candle_frequency", 20.0, 0.0, 100.0),
      number("default_stop_loss_pct", null, 0.0, 1.0),
      number("tight_stop_loss_pct", null, 0.0, 1.0),
      number("min_stop_loss_pct", null, 0.0, 1.0),
      number("default_target_pct", 0.10, 0.0, 1.0),
      number("strong_buy_target_pct", 0.12, 0.0, 1.0),
      number("excellent_target_pct", 0.15, 0.0, 1.0),
      number("buy_risk_reward", 2.5, 0.0, null),
      number("strong_buy_risk_reward", 3.0, 0.0, null),
      number("excellent_risk_reward", 3.5, 0.0, null),
      choice("default_exchange", "NSE", "NSE", "BSE"),
      choice("default_product", "CNC", "CNC", "MIS", "NRML"),
      choice("default_order_type", "MARKET", "MARKET", "LIMIT"),
      choice("default_variety", "AMO", "AMO", "REGULAR"),
      choice("default_validity", "DAY", "DAY", "IOC"),
      bool("allow_duplicate_recommendations_same_day", false),
      bool("exit_on_ema9_or_rsi50", true),
      number("min_combined_score", 25.0, 0.0, 100.0),
      bool("news_sentiment_enabled", true),
      integer("news_sentiment_lookback_days", 30, 1.0, 365.0),
      integer("news_sentiment_min_articles", 2, 0.0, null),
      number("news_sentiment_pos_threshold", 0.25, -1.0, 1.0),
      number("news_sentiment_neg_threshold", -0.25, -1.0, 1.0),
      bool("ml_enabled", false),
      number("ml_confidence_threshold", 0.5, 0.0, 1.0),
      bool("ml_combine_with_rules", true),
      text("ml_model_version", 16),
      json("task_schedule"),
      positive("fallback_capital_per_trade", 100000.0),
      integer("min_qty", 1, 1.0, null),
      number("sell_min_target_ratio", 0.95, 0.0, 1.0),
      positive("paper_initial_capital", 100000.0),
      positive("paper_max_position_size", 50000.0),
      number("paper_slippage_min_pct", 0.1, 0.0, 5.0),
      number("paper_slippage_max_pct", 0.3, 0.0, 5.0),
      optionalPositive("max_order_value"),
      optionalPositive("max_capital_deployed"),
      integer("max_orders_per_day", 50, 1.0, 1000.0),
      optionalPositive("daily_loss_cap"),
      strategy("strategy", StrategyRegistry.DEFAULT));

  static final Map<String, ConfigField> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigField::name, Function.identity()));

  private TradingConfigFields() {}
}
