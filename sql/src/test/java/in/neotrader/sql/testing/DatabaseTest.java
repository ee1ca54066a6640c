package in.neotrader.sql.testing;

import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A repository test class: its own migrated database, a Vert.x instance and a pool, and a way to wait for a
 * Future from the test thread. Tests in a class share the database, so each creates the users it needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {
  private static final AtomicInteger USERS = new AtomicInteger();

  protected final TestDatabase db = TestDatabase.create();
  protected Vertx vertx;
  protected Pool pool;

  @BeforeAll
  void openPool() {
    vertx = Vertx.vertx();
    pool = db.pool(vertx);
  }

  @AfterAll
  void closePool() {
    await(pool.close());
    await(vertx.close());
  }

  /** A new trader; every call gives a distinct user. */
  protected long newUser() {
    String email = "trader" + USERS.incrementAndGet() + "@example.com";
    return await(new UserRepository(pool).create(email, "hash", Role.TRADER)).id();
  }

  /** The epoch of a 30 s lease on {@code user}'s running service, claimed for {@code node}. */
  protected long runningLease(long user, String node) {
    ServiceStatusRepository statuses = new ServiceStatusRepository(pool);
    await(statuses.setRunning(user, true, Instant.now()));
    return await(statuses.tryClaim(user, node, 30)).orElseThrow();
  }

  protected static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("expected success, failed with " + e.getCause(), e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  /** The failure of a future that is expected to fail. */
  protected static Throwable failure(Future<?> future) {
    try {
      Object result = future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, succeeded with " + result);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
