package in.neotrader.web.auth;

import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.config.ConfigurationError;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin: when ADMIN_EMAIL and ADMIN_PASSWORD are set and no account has that email, it is created
 * with the admin role at start-up. An existing account is left as it is (the password is not reset).
 */
public final class AdminBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private AdminBootstrap() {
  }

  public static Future<Void> ensure(JsonObject config, UserRepository users, PasswordHasher hasher) {
    String email = config.getString("ADMIN_EMAIL", "").trim();
    String password = config.getString("ADMIN_PASSWORD", "");
    if (email.isEmpty() && password.isEmpty()) {
      return Future.succeededFuture();
    }
    if (email.isEmpty() || password.isEmpty()) {
      return Future.failedFuture(new ConfigurationError("ADMIN_EMAIL and ADMIN_PASSWORD must be set together"));
    }
    var problem = PasswordRules.problem(password, email);
    if (problem.isPresent()) {
      return Future.failedFuture(new ConfigurationError("ADMIN_PASSWORD " + problem.get()));
    }
    return users.findByEmail(email).compose(found -> {
      if (found.isPresent()) {
        if (found.get().role() != Role.ADMIN) {
          LOG.warn("ADMIN_EMAIL {} belongs to a trader account; it was not promoted", email);
        }
        return Future.succeededFuture();
      }
      return hasher.hash(password).compose(hash -> users.create(email, hash, Role.ADMIN))
          .onSuccess(admin -> LOG.info("Created the admin account {} (id {})", admin.email(), admin.id()))
          .mapEmpty();
    });
  }
}
