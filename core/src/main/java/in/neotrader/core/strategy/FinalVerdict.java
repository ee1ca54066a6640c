package in.neotrader.core.strategy;

/** The final verdict of TRADING_RULES §3.5; it may promote a watch or avoid stock by its history. */
public final class FinalVerdict {

  private FinalVerdict() {}

  public static Verdict of(double rsi, double backtestScore, double combinedScore, int backtestTrades) {
    double f = rsi < 20 ? 0.7 : rsi < 25 ? 0.8 : rsi < 30 ? 0.9 : 1.0;
    boolean enoughTrades = backtestTrades >= 5;
    double strongBt = enoughTrades ? 60 : 65;
    double strongComb = enoughTrades ? 35 : 42;
    double strongAlone = enoughTrades ? 60 : 65;
    double buyBt = enoughTrades ? 35 : 40;
    double buyComb = enoughTrades ? 22 : 28;
    double buyAlone = enoughTrades ? 35 : 45;
    if ((backtestScore >= strongBt * f && combinedScore >= strongComb * f) || combinedScore >= strongAlone * f) {
      return Verdict.STRONG_BUY;
    }
    if ((backtestScore >= buyBt * f && combinedScore >= buyComb * f) || combinedScore >= buyAlone * f) {
      return Verdict.BUY;
    }
    return Verdict.WATCH;
  }
}
