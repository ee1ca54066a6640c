package in.neotrader.verticles.trading;

import in.neotrader.core.clock.TradingClock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whose time a user trades on: the demo trader on its own accelerated clock, everyone else on the configured
 * one (real IST unless CLOCK=simulated:...). Scheduling, timers, run records and order times of a user all
 * read {@link #of(long)}, so the demo's fast days never move another user's schedule.
 */
public final class UserClocks {

  private final TradingClock configured;
  private final boolean configuredSimulated;
  private final OptionalLong demoUser;
  private final TradingClock demoClock;

  private UserClocks(TradingClock configured, boolean configuredSimulated, OptionalLong demoUser,
      TradingClock demoClock) {
    this.configured = configured;
    this.configuredSimulated = configuredSimulated;
    this.demoUser = demoUser;
    this.demoClock = demoClock;
  }

  /**
   * Every user on {@code clock}; {@code simulated} says whether it runs a simulated time (CLOCK=simulated:...)
   * rather than wall time. Tests pass a stepped clock standing in for wall time as not simulated.
   */
  public static UserClocks everyone(TradingClock clock, boolean simulated) {
    return new UserClocks(clock, simulated, OptionalLong.empty(), clock);
  }

  /** The same, with the demo trader {@code userId} on its own (simulated) {@code clock}. */
  public UserClocks withDemo(long userId, TradingClock clock) {
    return new UserClocks(configured, configuredSimulated, OptionalLong.of(userId), clock);
  }

  public TradingClock of(long userId) {
    return isDemo(userId) ? demoClock : configured;
  }

  /** The server's clock, for what belongs to no user (quote caches of the stored market data). */
  public TradingClock configured() {
    return configured;
  }

  /** Whether the user's time is simulated: simulated prices for paper, and no broker. */
  public boolean simulated(long userId) {
    return isDemo(userId) || configuredSimulated;
  }

  /**
   * Why the user cannot start in {@code tradeMode} ({@code paper} or {@code broker}): real orders need real time
   * (order days, the exchange's sessions), so the broker is refused on a simulated clock.
   */
  public Optional<String> refusal(long userId, String tradeMode) {
    return "broker".equals(tradeMode) && simulated(userId) ? Optional.of("broker mode needs the real clock (CLOCK=real); this "
        + (isDemo(userId) ? "user (the demo trader) runs an accelerated clock" : "server runs a simulated clock"))
        : Optional.empty();
  }

  private boolean isDemo(long userId) {
    return demoUser.isPresent() && demoUser.getAsLong() == userId;
  }
}
