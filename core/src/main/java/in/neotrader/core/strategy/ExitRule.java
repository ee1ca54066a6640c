package in.neotrader.core.strategy;

/** The engine exit of TRADING_RULES §6: close at or above EMA9, or RSI10 above 50. */
public final class ExitRule {

  public static final double RSI_EXIT = 50.0;

  private ExitRule() {}

  public static boolean shouldExit(double close, double ema9, double rsi) {
    return close >= ema9 || rsi > RSI_EXIT;
  }
}
