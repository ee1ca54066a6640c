package in.neotrader.web.auth;

import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.keys.Sealing;
import io.vertx.core.Future;

/** A user's TOTP secret, kept sealed in users.totp_secret like broker credentials; checked against a code. */
public final class TotpSecrets {
  private final UserRepository users;
  private final Sealing sealing;
  private final SecondFactor secondFactor;

  public TotpSecrets(UserRepository users, Sealing sealing, SecondFactor secondFactor) {
    this.users = users;
    this.sealing = sealing;
    this.secondFactor = secondFactor;
  }

  public Future<Boolean> accepts(long userId, String code) {
    return users.loadTotpSecret(userId).map(sealed -> sealed
        .map(secret -> secondFactor.accepts(sealing.open(secret, Sealing.totpContext(userId)), code))
        .orElse(false));
  }

  /** Turns the second factor on with {@code base32Secret}, or off with null. */
  public Future<Boolean> store(long userId, String base32Secret) {
    return users.setTotpSecret(userId,
        base32Secret == null ? null : sealing.seal(base32Secret, Sealing.totpContext(userId)));
  }

  public boolean matches(String base32Secret, String code) {
    return secondFactor.accepts(base32Secret, code);
  }
}
