package in.neotrader.verticles.tasks;

import io.vertx.core.Future;

/**
 * One of the seven tasks: loads what it needs, asks broker and market data, lets core decide, writes the
 * decisions. It fills {@link TaskRun#details()} and queues events; the caller records and publishes.
 */
@FunctionalInterface
public interface TaskRunner {

  Future<Void> run(TaskRun run);
}
