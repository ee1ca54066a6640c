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
   * @param simulatedClock whether the user's clock is simulated (CLOCK=simulated:..., or the demo trader's)
   * @param tradeMode the user's trade mode: {@code paper} or {@code broker}
   */
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
