package in.neotrader.verticles.session;

/** A task's orders were not placed because a kill switch is on: the run is skipped, with the switch's reason. */
public final class TradingHalted extends RuntimeException {

  public TradingHalted(String reason) {
    super(reason, null, false, false);
  }
}
