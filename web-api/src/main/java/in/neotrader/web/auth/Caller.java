package in.neotrader.web.auth;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/** Who sent a request, as proven by the access token: the only source of a user id in the web layer. */
public record Caller(long userId, String role, Instant tokenExpiresAt) {
  private static final String KEY = "caller";

  public boolean admin() {
    return "admin".equals(role);
  }

  void attachTo(RoutingContext ctx) {
    ctx.put(KEY, this);
  }

  /** The caller put there by {@link Authentication}; every protected route runs behind it. */
  public static Caller of(RoutingContext ctx) {
    Caller caller = ctx.get(KEY);
    if (caller == null) {
      throw new IllegalStateException("route mounted without authentication: " + ctx.request().path());
    }
    return caller;
  }
}
