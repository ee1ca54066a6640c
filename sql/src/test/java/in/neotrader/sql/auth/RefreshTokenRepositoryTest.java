package in.neotrader.sql.auth;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.DuplicateValue;
import in.neotrader.sql.errors.UnknownUser;
import in.neotrader.sql.testing.DatabaseTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenRepositoryTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:30:00Z");
  private static final Instant IN_A_WEEK = NOW.plusSeconds(7 * 86_400);

  private RefreshTokenRepository tokens() {
    return new RefreshTokenRepository(pool);
  }

  @Test
  void aTokenIsUsedOnceOnly() {
    long user = newUser();
    RefreshToken issued = await(tokens().insert(user, UUID.randomUUID(), "hash-once", NOW, IN_A_WEEK));
    assertThat(await(tokens().findByHash("hash-once"))).contains(issued);

    assertThat(await(tokens().markUsed(user, "hash-once", NOW.plusSeconds(1))))
        .hasValueSatisfying(t -> assertThat(t.usedAt()).isEqualTo(NOW.plusSeconds(1)));
    assertThat(await(tokens().markUsed(user, "hash-once", NOW.plusSeconds(2)))).isEmpty();
  }

  @Test
  void anExpiredOrAnotherUsersTokenCannotBeUsed() {
    long user = newUser();
    await(tokens().insert(user, UUID.randomUUID(), "hash-short", NOW, NOW.plusSeconds(10)));

    assertThat(await(tokens().markUsed(newUser(), "hash-short", NOW))).isEmpty();
    assertThat(await(tokens().markUsed(user, "hash-short", NOW.plusSeconds(11)))).isEmpty();
  }

  @Test
  void revokingAFamilyStopsEachOfItsTokensButNotOtherFamilies() {
    long user = newUser();
    UUID stolen = UUID.randomUUID();
    await(tokens().insert(user, stolen, "fam-1", NOW, IN_A_WEEK));
    await(tokens().insert(user, stolen, "fam-2", NOW, IN_A_WEEK));
    await(tokens().insert(user, UUID.randomUUID(), "other-device", NOW, IN_A_WEEK));

    assertThat(await(tokens().revokeFamily(newUser(), stolen, NOW))).isZero();
    assertThat(await(tokens().revokeFamily(user, stolen, NOW))).isEqualTo(2);
    assertThat(await(tokens().markUsed(user, "fam-2", NOW))).isEmpty();
    assertThat(await(tokens().findByHash("other-device")).orElseThrow().revokedAt()).isNull();

    assertThat(await(tokens().revokeAllForUser(user, NOW))).isEqualTo(1);
    assertThat(await(tokens().markUsed(user, "other-device", NOW))).isEmpty();
  }

  @Test
  void aReusedHashOrAnUnknownUserIsRefused() {
    long user = newUser();
    await(tokens().insert(user, UUID.randomUUID(), "unique-hash", NOW, IN_A_WEEK));

    assertThat(failure(tokens().insert(user, UUID.randomUUID(), "unique-hash", NOW, IN_A_WEEK)))
        .isInstanceOf(DuplicateValue.class);
    assertThat(failure(tokens().insert(999_999, UUID.randomUUID(), "nobody", NOW, IN_A_WEEK)))
        .isInstanceOf(UnknownUser.class);
  }
}
