package in.neotrader.verticles.session;

/** A step of a cancelled run was refused: nothing was sent to the broker or written. */
public final class RunCancelled extends RuntimeException {

  public RunCancelled(String reason) {
    super("run cancelled (" + reason + "): step not done", null, false, false);
  }
}
