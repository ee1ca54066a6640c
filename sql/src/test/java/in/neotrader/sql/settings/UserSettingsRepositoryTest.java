package in.neotrader.sql.settings;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.secrets.EncryptedSecret;
import in.neotrader.sql.testing.DatabaseTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserSettingsRepositoryTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:30:00Z");
  private static final EncryptedSecret SEALED = new EncryptedSecret(new byte[] {9, 8, 7}, "key-2025");

  private UserSettingsRepository settings() {
    return new UserSettingsRepository(pool);
  }

  @Test
  void aUserWhoNeverSavedAnythingGetsPaperDefaults() {
    long user = newUser();
    assertThat(await(settings().get(user))).isEqualTo(UserSettings.defaults(user));
    assertThat(await(settings().credentialsStatus(user))).isEqualTo(new CredentialsStatus(false, null));
    assertThat(await(settings().loadEncryptedCredentials(user))).isEmpty();
  }

  @Test
  void brokerModeNeedsSavedCredentials() {
    long user = newUser();
    assertThat(failure(settings().setTradeMode(user, TradeMode.BROKER, NOW))).isInstanceOf(InvalidValue.class);

    await(settings().saveBrokerCredentials(user, SEALED, NOW));
    await(settings().setTradeMode(user, TradeMode.BROKER, NOW));

    UserSettings read = await(settings().get(user));
    assertThat(read.tradeMode()).isEqualTo(TradeMode.BROKER);
    assertThat(read.sessionState()).isEqualTo(BrokerSessionState.NEEDS_LOGIN);
    assertThat(await(settings().credentialsStatus(user))).isEqualTo(new CredentialsStatus(true, NOW));
  }

  @Test
  void credentialsAreLoadedOnlyForTheirOwner() {
    long user = newUser();
    long other = newUser();
    await(settings().saveBrokerCredentials(user, SEALED, NOW));

    EncryptedSecret loaded = await(settings().loadEncryptedCredentials(user)).orElseThrow();
    assertThat(loaded.ciphertext()).containsExactly(9, 8, 7);
    assertThat(loaded.keyId()).isEqualTo("key-2025");
    assertThat(await(settings().loadEncryptedCredentials(other))).isEmpty();
  }

  @Test
  void theBrokerSessionStateIsRecordedWithItsCheckTime() {
    long user = newUser();
    await(settings().setBrokerSessionState(user, BrokerSessionState.EXPIRED, NOW));

    UserSettings read = await(settings().get(user));
    assertThat(read.sessionState()).isEqualTo(BrokerSessionState.EXPIRED);
    assertThat(read.sessionCheckedAt()).isEqualTo(NOW);
  }
}
