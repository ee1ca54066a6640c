package in.neotrader.web.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The refresh token as a browser keeps it: an HttpOnly, Secure, SameSite=Strict cookie sent to /api/v1/auth only,
 * out of reach of the page's scripts (it sat in localStorage). API clients may still pass it in the body.
 */
final class RefreshCookie {
  static final String NAME = "neotrader_refresh";
  private static final String PATH = "/api/v1/auth";

  private RefreshCookie() {
  }

  static void set(RoutingContext ctx, String token) {
    ctx.response().addCookie(cookie(token).setMaxAge(RefreshTokens.LIFETIME.toSeconds()));
  }

  static void clear(RoutingContext ctx) {
    ctx.response().addCookie(cookie("").setMaxAge(0));
  }

  static Optional<String> read(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(NAME);
    return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
  }

  private static Cookie cookie(String value) {
    return Cookie.cookie(NAME, value).setPath(PATH).setHttpOnly(true).setSecure(true)
        .setSameSite(CookieSameSite.STRICT);
  }
}
