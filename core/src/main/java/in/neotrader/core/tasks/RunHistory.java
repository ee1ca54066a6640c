package in.neotrader.core.tasks;

/** What has already run; the verticle answers from its task-execution rows. */
@FunctionalInterface
public interface RunHistory {

  RunHistory NONE = key -> false;

  boolean hasRun(RunKey key);
}
