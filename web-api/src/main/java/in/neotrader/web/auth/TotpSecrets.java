package in.neotrader.web.auth;

import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.keys.Sealing;
import io.vertx.core.Future;
import java.util.OptionalLong;

/**
 * A user's TOTP secret, kept sealed in users.totp_secret like broker credentials; checked against a code. Each
 * code works once: its step is spent in the database (cluster-wide), so a code seen over a shoulder or in a log
 * cannot be replayed within its 90 seconds of validity.
 */
public final class TotpSecrets {
  private final UserRepository users;
  private final Sealing sealing;
  private final SecondFactor secondFactor;

  public TotpSecrets(UserRepository users, Sealing sealing, SecondFactor secondFactor) {
    this.users = users;
    this.sealing = sealing;
    this.secondFactor = secondFactor;
  }

  /** Whether {@code code} is the user's current code and was not used before; it is spent if so. */
  public Future<Boolean> spend(long userId, String code) {
    return step(userId, code).compose(step -> step.isEmpty() ? Future.succeededFuture(false)
        : users.spendTotpStep(userId, step.getAsLong()));
  }

  /** Turns the second factor on with a secret the user's app proved to have by {@code code}. */
  public Future<Boolean> enable(long userId, String base32Secret, String code) {
    OptionalLong step = secondFactor.matchingStep(base32Secret, code);
    return step.isEmpty() ? Future.succeededFuture(false) : users.setTotpSecret(userId,
        sealing.seal(base32Secret, Sealing.totpContext(userId)), step.getAsLong()).map(true);
  }

  /** Turns the second factor off when {@code code} is a current, unused code. */
  public Future<Boolean> disable(long userId, String code) {
    return step(userId, code).compose(step -> step.isEmpty() ? Future.succeededFuture(false)
        : users.spendTotpStep(userId, step.getAsLong()).compose(fresh -> fresh
            ? users.setTotpSecret(userId, null, step.getAsLong()).map(true) : Future.succeededFuture(false)));
  }

  private Future<OptionalLong> step(long userId, String code) {
    return users.loadTotpSecret(userId).map(sealed -> sealed
        .map(secret -> secondFactor.matchingStep(sealing.open(secret, Sealing.totpContext(userId)), code))
        .orElse(OptionalLong.empty()));
  }
}
