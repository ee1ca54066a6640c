package in.neotrader.verticles.marketdata;

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
    boolean simulatedClock = clockSetting != null && clockSetting.trim().toLowerCase().startsWith("simulated");
    return simulatedClock && !"broker".equals(tradeMode) ? SIMULATED : STORED;
  }
}
