package in.neotrader.web.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.neotrader.sql.users.UserRepository;
import io.vertx.core.Future;
import java.time.Duration;

/**
 * Whether an account may still act. An access token outlives a "disable" by up to 15 minutes, so every
 * request checks the account too; the answer is cached briefly to keep the database out of the hot path.
 * A disable on this node takes effect at once, on other nodes within {@link #TTL}.
 */
public final class ActiveAccounts {
  static final Duration TTL = Duration.ofSeconds(5);

  private final UserRepository users;
  private final Cache<Long, Boolean> active = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(100_000).build();

  public ActiveAccounts(UserRepository users) {
    this.users = users;
  }

  public Future<Boolean> isActive(long userId) {
    Boolean known = active.getIfPresent(userId);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    return users.findById(userId).map(user -> user.map(u -> !u.disabled()).orElse(false))
        .onSuccess(answer -> active.put(userId, answer));
  }

  public void forget(long userId) {
    active.invalidate(userId);
  }
}
