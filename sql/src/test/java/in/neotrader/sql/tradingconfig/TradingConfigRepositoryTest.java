package in.neotrader.sql.tradingconfig;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.errors.UnknownUser;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradingConfigRepositoryTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:45:00Z");

  private TradingConfigRepository configs() {
    return new TradingConfigRepository(pool);
  }

  @Test
  void aNewUserGetsTheRuleBookDefaults() {
    JsonObject values = await(configs().get(newUser())).values();

    assertThat(values.getInteger("rsi_period")).isEqualTo(10);
    assertThat(values.getInteger("max_portfolio_size")).isEqualTo(6);
    assertThat(values.getString("default_variety")).isEqualTo("AMO");
    assertThat(values.fieldNames()).containsExactlyInAnyOrderElementsOf(TradingConfigRepository.SETTINGS);
  }

  @Test
  void anUpdateChangesOnlyTheGivenSettingsAndResetRestoresDefaults() {
    long user = newUser();
    TradingConfig changed = await(configs().update(user,
        new JsonObject().put("rsi_period", 14).put("user_capital", 350000.5), NOW));

    assertThat(changed.values().getInteger("rsi_period")).isEqualTo(14);
    assertThat(changed.values().getDouble("user_capital")).isEqualTo(350000.5);
    assertThat(changed.values().getInteger("max_portfolio_size")).isEqualTo(6);
    assertThat(changed.updatedAt()).isEqualTo(NOW);
    assertThat(await(configs().get(newUser())).values().getInteger("rsi_period")).isEqualTo(10);

    assertThat(await(configs().resetToDefaults(user)).values().getInteger("rsi_period")).isEqualTo(10);
  }

  @Test
  void unknownKeysAndOutOfRangeValuesAreRefusedAndChangeNothing() {
    long user = newUser();
    assertThat(failure(configs().update(user, new JsonObject().put("leverage", 10), NOW)))
        .isInstanceOf(InvalidValue.class).hasMessageContaining("leverage");
    assertThat(failure(configs().update(user, new JsonObject().put("rsi_period", 99), NOW)))
        .isInstanceOf(InvalidValue.class).hasMessageContaining("rsi_period_check");
    assertThat(await(configs().get(user)).values().getInteger("rsi_period")).isEqualTo(10);
  }

  @Test
  void anUnknownUserHasNoConfig() {
    assertThat(failure(configs().get(999_999))).isInstanceOf(UnknownUser.class);
  }
}
