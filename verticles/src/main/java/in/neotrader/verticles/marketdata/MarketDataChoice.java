package in.neotrader.verticles.marketdata;

import in.neotrader.core.marketdata.MarketData;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * The one place that decides whose prices a user trades on: simulated prices only on a simulated clock (the
 * demo, tests, benchmarks) and never for a broker account; every other user reads the stored market data.
 */
public enum MarketDataChoice {
  SIMULATED,
  STORED;

  /**
   * @param clockSetting the user's clock setting as configured: {@code real} or {@code simulated:...}
   * @param tradeMode the user's trade mode: {@code paper} or {@code broker}
   */
  public static MarketDataChoice forUser(String clockSetting, String tradeMode) {
    return forUser(clockSetting != null && clockSetting.trim().toLowerCase().startsWith("simulated"), tradeMode);
  }

  /** The same for a user whose clock is simulated ({@code simulatedClock}) or runs wall time. */
  public static MarketDataChoice forUser(boolean simulatedClock, String tradeMode) {
    return simulatedClock && !"broker".equals(tradeMode) ? SIMULATED : STORED;
  }

  /**
   * Each user's market data in {@code tradeMode}: the simulated one per user, or the node's shared stored one;
   * {@code simulatedClock} says whose clock is simulated (the demo trader's, or everyone's on CLOCK=simulated).
   */
  public static LongFunction<MarketData> marketData(LongPredicate simulatedClock, String tradeMode,
      LongFunction<MarketData> simulated, MarketData stored) {
    return userId -> forUser(simulatedClock.test(userId), tradeMode) == SIMULATED ? simulated.apply(userId) : stored;
  }
}
