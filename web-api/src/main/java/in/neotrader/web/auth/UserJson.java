package in.neotrader.web.auth;

import in.neotrader.sql.users.User;
import io.vertx.core.json.JsonObject;

/** The contract's {@code user}: never the password hash or the TOTP secret. */
public final class UserJson {
  private UserJson() {
  }

  public static JsonObject of(User user) {
    return new JsonObject().put("id", user.id()).put("email", user.email()).put("role", user.role().stored())
        .put("displayName", user.displayName()).put("totpEnabled", user.totpEnabled());
  }
}
