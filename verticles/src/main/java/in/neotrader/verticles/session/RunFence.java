package in.neotrader.verticles.session;

import in.neotrader.core.tasks.RunKey;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * The cancellation token of one task run. Once cancelled (the run timed out, the lease was lost) every remaining
 * broker call and write of that run refuses to happen, so a run left behind can never act beside the next one.
 */
public final class RunFence {

  private final Optional<RunKey> run;
  private volatile String cancelledBecause;

  /** The fence of work that is no scheduled run (the service's own, a trader's manual sell). */
  public RunFence() {
    this.run = Optional.empty();
  }

  /** The fence of the run {@code run}: what it writes names it. */
  public RunFence(RunKey run) {
    this.run = Optional.of(run);
  }

  public Optional<RunKey> run() {
    return run;
  }

  /** Cancels the run; the first reason given stays. */
  public void cancel(String reason) {
    if (cancelledBecause == null) {
      cancelledBecause = reason;
    }
  }

  public boolean isCancelled() {
    return cancelledBecause != null;
  }

  /** Succeeds while the run may go on; else fails with {@link RunCancelled}. Checked before each call and write. */
  public Future<Void> check() {
    String reason = cancelledBecause;
    return reason == null ? Future.succeededFuture() : Future.failedFuture(new RunCancelled(reason));
  }
}
