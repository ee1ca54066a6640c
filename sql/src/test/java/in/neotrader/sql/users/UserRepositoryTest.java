package in.neotrader.sql.users;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.EmailAlreadyRegistered;
import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.secrets.EncryptedSecret;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.testing.DatabaseTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserRepositoryTest extends DatabaseTest {
  private UserRepository users() {
    return new UserRepository(pool);
  }

  @Test
  void signupStoresTheEmailLowerCasedAndFindsItWhateverTheCase() {
    User created = await(users().create("  Asha.Rao@Example.COM ", "argon2-hash", Role.TRADER));

    assertThat(created.email()).isEqualTo("asha.rao@example.com");
    assertThat(created.role()).isEqualTo(Role.TRADER);
    assertThat(created.disabled()).isFalse();
    assertThat(created.createdAt()).isNotNull();
    assertThat(await(users().findByEmail("ASHA.RAO@example.com"))).contains(created);
    assertThat(await(users().findById(created.id()))).contains(created);
  }

  @Test
  void aSecondSignupWithTheSameEmailIsRefused() {
    await(users().create("dup@example.com", "h", Role.TRADER));

    assertThat(failure(users().create("DUP@example.com", "h", Role.ADMIN)))
        .isInstanceOf(EmailAlreadyRegistered.class)
        .extracting(e -> ((EmailAlreadyRegistered) e).code()).isEqualTo("email_already_registered");
  }

  @Test
  void anEmailWithoutAnAtSignIsAnInvalidValue() {
    assertThat(failure(users().create("not-an-email", "h", Role.TRADER))).isInstanceOf(InvalidValue.class);
  }

  @Test
  void lastLoginAndDisabledAreRecordedOnlyForExistingUsers() {
    long id = newUser();
    Instant at = Instant.parse("2025-01-06T03:30:00Z");

    assertThat(await(users().updateLastLogin(id, at))).isTrue();
    assertThat(await(users().setDisabled(id, true))).isTrue();
    assertThat(await(users().setDisabled(999_999, true))).isFalse();

    User read = await(users().findById(id)).orElseThrow();
    assertThat(read.lastLoginAt()).isEqualTo(at);
    assertThat(read.disabled()).isTrue();
  }

  @Test
  void theTotpSecretIsStoredEncryptedAndCanBeTurnedOff() {
    long id = newUser();
    EncryptedSecret secret = new EncryptedSecret(new byte[] {1, 2, 3, 4}, "k1");

    await(users().setTotpSecret(id, secret, 100));
    assertThat(await(users().findById(id)).orElseThrow().totpEnabled()).isTrue();
    EncryptedSecret loaded = await(users().loadTotpSecret(id)).orElseThrow();
    assertThat(loaded.ciphertext()).containsExactly(1, 2, 3, 4);
    assertThat(loaded.keyId()).isEqualTo("k1");

    await(users().setTotpSecret(id, null, 101));
    assertThat(await(users().loadTotpSecret(id))).isEmpty();
    assertThat(await(users().findById(id)).orElseThrow().totpEnabled()).isFalse();
  }

  @Test
  void aTotpStepIsSpentOnceAndNeverBeforeTheLastOneSpent() {
    long id = newUser();
    await(users().setTotpSecret(id, new EncryptedSecret(new byte[] {1}, "k1"), 100));
    assertThat(await(users().spendTotpStep(id, 100))).as("the step that enabled it").isFalse();
    assertThat(await(users().spendTotpStep(id, 101))).isTrue();
    assertThat(await(users().spendTotpStep(id, 101))).as("the same code again").isFalse();
    assertThat(await(users().spendTotpStep(id, 99))).as("an older code after a newer one").isFalse();
    assertThat(await(users().spendTotpStep(id, 102))).isTrue();
  }

  @Test
  void theAdminListShowsEachUsersServiceState() {
    long running = newUser();
    await(new ServiceStatusRepository(pool).setRunning(running, true, Instant.now()));

    var page = await(users().list(new PageRequest(500, 0)));

    assertThat(page.total()).isEqualTo(page.items().size());
    assertThat(page.items()).anySatisfy(o -> {
      assertThat(o.user().id()).isEqualTo(running);
      assertThat(o.serviceRunning()).isTrue();
    });
    assertThat(page.items()).filteredOn(o -> o.user().id() != running).allSatisfy(o ->
        assertThat(o.serviceRunning()).isFalse());
  }
}
