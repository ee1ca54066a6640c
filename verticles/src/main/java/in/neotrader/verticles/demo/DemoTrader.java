package in.neotrader.verticles.demo;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.User;
import in.neotrader.sql.users.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Optional;

/**
 * The demo trader of a new installation: a paper account whose service runs at once, so a first visitor sees
 * tasks, signals and orders appear within a minute. Its password is random and printed once.
 */
public final class DemoTrader {

  public static final String EMAIL = "demo@neotrader.local";
  /** A trading day of 09:00-18:00 passes in under a minute. */
  public static final double CLOCK_FACTOR = 600;
  // The same Argon2id parameters as the web API's PasswordHasher, so the demo can log in.
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  private DemoTrader() {}

  /** Creates the demo trader; empty when it exists already (its password was printed on the first start). */
  public static Future<Optional<User>> create(Vertx vertx, Pool pool) {
    UserRepository users = new UserRepository(pool);
    String password = randomPassword();
    return users.findByEmail(EMAIL).compose(existing -> existing.isPresent()
        ? Future.succeededFuture(Optional.<User>empty())
        : vertx.executeBlocking(() -> Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult(), false)
            .compose(hash -> users.create(EMAIL, hash, Role.TRADER))
            .map(user -> {
              System.out.println("Demo trader (paper trading, accelerated clock): " + EMAIL + " / " + password
                  + "  (shown once)");
              return Optional.of(user);
            }));
  }

  /** The demo trader created on an earlier start, if any: it is known by its email. */
  public static Future<Optional<User>> existing(Pool pool) {
    return new UserRepository(pool).findByEmail(EMAIL);
  }

  /**
   * The demo's clock when none is configured: shortly before the 16:00 analysis of the latest trading day,
   * running {@link #CLOCK_FACTOR} times faster, so signals come first, then AMO buys, then the next open.
   */
  public static TradingClock clock(NseCalendar calendar) {
    LocalDate day = LocalDate.now(TradingClock.IST);
    while (!calendar.isTradingDay(day)) {
      day = day.minusDays(1);
    }
    return new SimulatedClock(day.atTime(LocalTime.of(15, 50)).atZone(TradingClock.IST).toInstant(), CLOCK_FACTOR);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
