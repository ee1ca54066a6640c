package in.neotrader.sql.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import in.neotrader.sql.notify.NotificationChannelRepository;
import in.neotrader.sql.secrets.SealedSecrets.Place;
import in.neotrader.sql.secrets.SealedSecrets.Sealed;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.sql.testing.DatabaseTest;
import in.neotrader.sql.users.UserRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key rotation's view of the sealed secrets: all three places, and a swap only over what was read. */
class SealedSecretsTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:30:00Z");
  private static final EncryptedSecret OLD = new EncryptedSecret(new byte[] {9, 8, 7}, "key-2025");
  private static final EncryptedSecret CURRENT = new EncryptedSecret(new byte[] {5, 5}, "key-2026");

  @Test
  void secretsUnderAnOldKeyAreListedFromEveryPlaceAndSwappedOnlyOverWhatWasRead() {
    long user = newUser();
    long other = newUser();
    await(new UserSettingsRepository(pool).saveBrokerCredentials(user, OLD, NOW));
    await(new UserSettingsRepository(pool).saveBrokerCredentials(other, CURRENT, NOW));
    await(new UserRepository(pool).setTotpSecret(user, OLD, 0));
    long channel = await(new NotificationChannelRepository(pool).add(user, "webhook", "hooks.example.in", OLD,
        List.of("order.filled"), NOW)).id();
    SealedSecrets secrets = new SealedSecrets(pool);

    List<Sealed> stale = await(secrets.notUnder("key-2026")).stream()
        .filter(s -> s.userId() == user || s.userId() == other).toList();
    assertThat(stale).extracting(Sealed::place, Sealed::rowId).containsExactly(
        tuple(Place.BROKER_CREDENTIALS, user), tuple(Place.NOTIFICATION_CHANNEL, channel),
        tuple(Place.TOTP_SECRET, user));
    assertThat(stale).allSatisfy(s -> assertThat(s.secret().ciphertext()).containsExactly(9, 8, 7));

    EncryptedSecret resealed = new EncryptedSecret(new byte[] {1, 1}, "key-2026");
    for (Sealed s : stale) {
      assertThat(await(secrets.replace(s, resealed, NOW))).as(s.place().name()).isTrue();
      assertThat(await(secrets.replace(s, resealed, NOW))).as("a second swap over the old secret").isFalse();
    }
    assertThat(await(secrets.notUnder("key-2026"))).noneMatch(s -> s.userId() == user);
    assertThat(await(new UserSettingsRepository(pool).loadEncryptedCredentials(user)).orElseThrow().keyId())
        .isEqualTo("key-2026");
    assertThat(await(new UserRepository(pool).loadTotpSecret(user)).orElseThrow().ciphertext()).containsExactly(1, 1);
  }
}
