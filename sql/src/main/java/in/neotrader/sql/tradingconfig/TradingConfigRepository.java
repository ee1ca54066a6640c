package in.neotrader.sql.tradingconfig;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import in.neotrader.sql.query.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.List;

/**
 * Strategy settings. The defaults are the schema's column defaults: a user without a row gets one created on
 * first read, so there is one source of defaults and ranges (the CHECK constraints).
 */
public final class TradingConfigRepository {
  /** The settings a user may change; anything else in an update is refused. */
  public static final List<String> SETTINGS = List.of("rsi_period", "rsi_oversold", "rsi_extreme_oversold",
      "rsi_near_oversold", "user_capital", "max_portfolio_size", "max_position_volume_ratio",
      "min_absolute_avg_volume", "chart_quality_enabled", "chart_quality_min_score",
      "chart_quality_max_gap_frequency", "chart_quality_min_daily_range_pct",
      "chart_quality_max_extreme_candle_frequency", "default_stop_loss_pct", "tight_stop_loss_pct",
      "min_stop_loss_pct", "default_target_pct", "strong_buy_target_pct", "excellent_target_pct", "buy_risk_reward",
      "strong_buy_risk_reward", "excellent_risk_reward", "default_exchange", "default_product", "default_order_type",
      "default_variety", "default_validity", "allow_duplicate_recommendations_same_day", "exit_on_ema9_or_rsi50",
      "min_combined_score", "news_sentiment_enabled", "news_sentiment_lookback_days", "news_sentiment_min_articles",
      "news_sentiment_pos_threshold", "news_sentiment_neg_threshold", "ml_enabled", "ml_confidence_threshold",
      "ml_combine_with_rules", "ml_model_version", "task_schedule", "fallback_capital_per_trade", "min_qty",
      "sell_min_target_ratio", "paper_initial_capital", "paper_max_position_size", "paper_slippage_min_pct",
      "paper_slippage_max_pct", "max_order_value", "max_capital_deployed", "max_orders_per_day",
      "daily_loss_cap", "strategy");
  private static final String COLUMNS = String.join(", ", SETTINGS);
  // paper_settings holds the rest of a migrated legacy config.json: kept for export, not a setting to edit.
  private static final String VALUES = "SELECT user_id, updated_at, to_jsonb(c) - 'user_id' - 'updated_at' "
      + "- 'migration_batch_id' - 'paper_settings' AS config_values FROM user_trading_config c WHERE user_id = #{userId}";
  private static final String ENSURE = "INSERT INTO user_trading_config (user_id) VALUES (#{userId}) "
      + "ON CONFLICT (user_id) DO NOTHING";
  // jsonb_populate_record over the current row keeps every setting the change does not mention.
  private static final String UPDATE = "UPDATE user_trading_config c SET (" + COLUMNS + ") = (SELECT " + COLUMNS
      + " FROM jsonb_populate_record(c, #{changes}::jsonb)), updated_at = #{at} WHERE user_id = #{userId}";
  private static final String DELETE = "DELETE FROM user_trading_config WHERE user_id = #{userId}";

  private final SqlClient client;

  public TradingConfigRepository(SqlClient client) {
    this.client = client;
  }

  public TradingConfigRepository forConnection(SqlClient connection) {
    return new TradingConfigRepository(connection);
  }

  /** The user's settings, the defaults when they never changed any. */
  public Future<TradingConfig> get(long userId) {
    return Queries.update(client, ENSURE, Params.of("userId", userId))
        .compose(ignored -> Queries.single(client, VALUES, Params.of("userId", userId), TradingConfigRepository::config));
  }

  /**
   * Applies the given settings (all or some) over the current ones. An unknown key or a value out of range
   * fails with {@code InvalidValue} and changes nothing.
   */
  public Future<TradingConfig> update(long userId, JsonObject changes, Instant at) {
    for (String key : changes.fieldNames()) {
      if (!SETTINGS.contains(key)) {
        return Future.failedFuture(new InvalidValue(key, "not a trading setting", null));
      }
    }
    return Queries.update(client, ENSURE, Params.of("userId", userId))
        .compose(ensured -> Queries.update(client, UPDATE, Params.of("userId", userId).and("changes", changes)
            .and("at", at)))
        .compose(updated -> get(userId));
  }

  public Future<TradingConfig> resetToDefaults(long userId) {
    return Queries.update(client, DELETE, Params.of("userId", userId)).compose(deleted -> get(userId));
  }

  private static TradingConfig config(Row r) {
    return new TradingConfig(r.getLong("user_id"), r.getJsonObject("config_values"), Rows.instant(r, "updated_at"));
  }
}
