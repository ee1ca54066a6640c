package in.neotrader.web.bench;

import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.ApiServer;
import in.neotrader.web.Await;
import in.neotrader.web.auth.AccessTokens;
import in.neotrader.web.auth.PasswordHasher;
import java.util.ArrayList;
import java.util.List;

/**
 * Many signed-up traders and their access tokens, written straight through the repository: sign-up over HTTP
 * is throttled per address (20 a minute), and the benchmark measures reading status, not hashing passwords.
 */
final class BenchTraders {
  private BenchTraders() {
  }

  /** Access tokens of {@code count} new traders, as the server itself would issue them. */
  static List<String> tokens(ApiServer api, int count) {
    UserRepository users = new UserRepository(api.server.database().pool());
    AccessTokens tokens = new AccessTokens(api.vertx, api.server.keys().jwtSecret(),
        AccessTokens.DEFAULT_LIFETIME_SECONDS);
    String hash = Await.result(new PasswordHasher(api.vertx).hash("bench-password-1"));
    List<String> issued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = Await.result(users.create("bench-" + i + "-" + System.nanoTime() + "@example.com", hash, Role.TRADER)).id();
      issued.add(tokens.issue(id, Role.TRADER.stored()));
    }
    return issued;
  }
}
