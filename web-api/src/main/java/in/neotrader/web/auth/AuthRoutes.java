package in.neotrader.web.auth;

import static in.neotrader.web.http.BodyField.optionalText;
import static in.neotrader.web.http.BodyField.text;

import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.User;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.Replies;
import in.neotrader.web.http.Throttle;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** /api/v1/auth: sign-up, login (password, then TOTP when enabled), refresh-token rotation, logout. */
public final class AuthRoutes {
  private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$";

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AccessTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private final TotpSecrets totp;
  private final AuditTrail audit;
  private final Clock clock;
  // Guessing passwords: a few tries per account, more per address (offices share one), both per minute.
  private final Throttle loginsPerAccount = new Throttle(5, Duration.ofMinutes(1));
  private final Throttle loginsPerAddress = new Throttle(20, Duration.ofMinutes(1));

  public AuthRoutes(UserRepository users, PasswordHasher hasher, AccessTokens accessTokens,
      RefreshTokens refreshTokens, TotpSecrets totp, AuditTrail audit, Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.totp = totp;
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router auth) {
    auth.post("/signup").handler(this::signup);
    auth.post("/login").handler(this::login);
    auth.post("/refresh").handler(this::refresh);
    auth.post("/logout").handler(this::logout);
  }

  private void signup(RoutingContext ctx) {
    JsonObject body = JsonBody.read(ctx, text("email", 254), text("password", 1024), optionalText("displayName", 100));
    String email = body.getString("email").trim().toLowerCase(Locale.ROOT);
    String password = body.getString("password");
    if (!email.matches(EMAIL)) {
      throw ApiError.validation(Map.of("email", "must be an email address"));
    }
    PasswordRules.problem(password, email).ifPresent(problem -> {
      throw ApiError.validation(Map.of("password", problem));
    });
    loginsPerAddress.take(address(ctx));
    hasher.hash(password)
        .compose(hash -> users.create(email, hash, Role.TRADER, body.getString("displayName")))
        .compose(user -> audit.record(ctx, user.id(), "auth.signup", new JsonObject()).map(user))
        .compose(user -> session(user, refreshTokens.issue(user.id())))
        .onSuccess(session -> reply(ctx, 201, session))
        .onFailure(ctx::fail);
  }

  private void login(RoutingContext ctx) {
    JsonObject body = JsonBody.read(ctx, text("email", 254), text("password", 1024), optionalText("totp", 10));
    String email = body.getString("email").trim().toLowerCase(Locale.ROOT);
    loginsPerAddress.take(address(ctx));
    loginsPerAccount.take(email);
    users.findByEmail(email)
        .compose(found -> hasher.matches(body.getString("password"), found.map(User::passwordHash).orElse(null))
            .map(matches -> found.filter(user -> matches)
                .orElseThrow(() -> ApiError.unauthorized("invalid_credentials", "wrong email or password"))))
        .compose(user -> secondFactor(user, body.getString("totp")))
        .compose(user -> users.updateLastLogin(user.id(), clock.instant())
            .compose(done -> audit.record(ctx, user.id(), "auth.login", new JsonObject()))
            .compose(done -> session(user, refreshTokens.issue(user.id()))))
        .onSuccess(session -> reply(ctx, 200, session))
        .onFailure(ctx::fail);
  }

  private void refresh(RoutingContext ctx) {
    String token = refreshToken(ctx);
    refreshTokens.spend(token)
        .compose(spent -> users.findById(spent.userId()).compose(found -> {
          User user = found.orElseThrow(() -> ApiError.unauthorized("invalid_token", "the account no longer exists"));
          if (user.disabled()) {
            return refreshTokens.revokeAll(user.id()).transform(ignored -> Future.failedFuture(disabled()));
          }
          return session(user, refreshTokens.rotate(spent));
        }))
        .onSuccess(session -> reply(ctx, 200, session))
        .onFailure(e -> {
          // A spent, revoked or unknown token is no session: the browser forgets its cookie.
          RefreshCookie.clear(ctx);
          ctx.fail(e);
        });
  }

  private void logout(RoutingContext ctx) {
    String token = refreshToken(ctx);
    refreshTokens.revoke(token).onSuccess(done -> {
      RefreshCookie.clear(ctx);
      Replies.noContent(ctx);
    }).onFailure(ctx::fail);
  }

  /** The refresh token of the body (API clients) or else of the browser's cookie. */
  private static String refreshToken(RoutingContext ctx) {
    String inBody = JsonBody.read(ctx, optionalText("refreshToken", 200)).getString("refreshToken");
    return Optional.ofNullable(inBody).filter(t -> !t.isBlank()).or(() -> RefreshCookie.read(ctx))
        .orElseThrow(() -> ApiError.validation(Map.of("refreshToken", "is required (in the body or the session cookie)")));
  }

  private static void reply(RoutingContext ctx, int status, JsonObject session) {
    RefreshCookie.set(ctx, session.getString("refreshToken"));
    Replies.json(ctx, status, session);
  }

  private Future<User> secondFactor(User user, String code) {
    if (user.disabled()) {
      return Future.failedFuture(disabled());
    }
    if (!user.totpEnabled()) {
      return Future.succeededFuture(user);
    }
    if (code == null || code.isBlank()) {
      return Future.failedFuture(ApiError.unauthorized("totp_required", "enter the code from your authenticator app"));
    }
    return totp.spend(user.id(), code).map(accepted -> {
      if (!accepted) {
        throw ApiError.unauthorized("invalid_credentials", "wrong or already used authenticator code");
      }
      return user;
    });
  }

  private Future<JsonObject> session(User user, Future<String> refreshToken) {
    return refreshToken.map(token -> new JsonObject()
        .put("user", UserJson.of(user))
        .put("accessToken", accessTokens.issue(user.id(), user.role().stored()))
        .put("refreshToken", token)
        .put("expiresIn", accessTokens.lifetimeSeconds()));
  }

  private static ApiError disabled() {
    return ApiError.forbidden("account_disabled", "this account is disabled; contact the administrator");
  }

  static String address(RoutingContext ctx) {
    return "addr:" + ctx.request().remoteAddress().hostAddress();
  }
}
