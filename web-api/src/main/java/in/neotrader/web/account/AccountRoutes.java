package in.neotrader.web.account;

import static in.neotrader.web.http.BodyField.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.neotrader.sql.settings.TradeMode;
import in.neotrader.sql.settings.UserSettings;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.auth.SecondFactor;
import in.neotrader.web.auth.TotpQrCode;
import in.neotrader.web.auth.TotpSecrets;
import in.neotrader.web.auth.UserJson;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.http.Throttle;
import in.neotrader.web.service.ServiceRoutes;
import in.neotrader.web.service.TradingCommands;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The signed-in user's account: profile, second factor, trade mode, broker session. */
public final class AccountRoutes {
  private static final List<String> MODES = List.of("paper", "broker");

  private final UserRepository users;
  private final UserSettingsRepository settings;
  private final TotpSecrets totp;
  private final TradingCommands commands;
  private final AuditTrail audit;
  private final Clock clock;
  // A secret shown by /totp/setup waits here until /totp/enable proves the app has it.
  private final Cache<Long, String> pendingTotp = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build();
  // Six digits are a million guesses: 5 a minute per user makes guessing one take months, as the login throttle does.
  private final Throttle totpAttempts = new Throttle(5, Duration.ofMinutes(1));

  public AccountRoutes(UserRepository users, UserSettingsRepository settings, TotpSecrets totp,
      TradingCommands commands, AuditTrail audit, Clock clock) {
    this.users = users;
    this.settings = settings;
    this.totp = totp;
    this.commands = commands;
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router user) {
    user.get("/me").handler(this::me);
    user.post("/totp/setup").handler(this::totpSetup);
    user.post("/totp/enable").handler(this::totpEnable);
    user.post("/totp/disable").handler(this::totpDisable);
    user.get("/settings").handler(this::getSettings);
    user.put("/settings").handler(this::putSettings);
    user.post("/broker-session/login").handler(this::brokerLogin);
    user.post("/broker-session/test").handler(this::brokerTest);
  }

  private void me(RoutingContext ctx) {
    users.findById(Caller.of(ctx).userId())
        .map(found -> found.orElseThrow(() -> ApiError.notFound("user")))
        .onSuccess(user -> Replies.ok(ctx, UserJson.of(user)))
        .onFailure(ctx::fail);
  }

  private void totpSetup(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    users.findById(userId).map(found -> found.orElseThrow(() -> ApiError.notFound("user")))
        .onSuccess(user -> {
          String secret = SecondFactor.newSecret();
          pendingTotp.put(userId, secret);
          String uri = SecondFactor.otpauthUri(secret, user.email());
          Replies.ok(ctx, new JsonObject().put("secret", secret).put("otpauthUri", uri)
              .put("qrCode", TotpQrCode.svgDataUri(uri)));
        })
        .onFailure(ctx::fail);
  }

  private void totpEnable(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String code = JsonBody.read(ctx, text("code", 10)).getString("code");
    totpAttempts.take(Long.toString(userId));
    String secret = pendingTotp.getIfPresent(userId);
    if (secret == null) {
      throw ApiError.conflict("totp_setup_required", "start with /totp/setup (a setup is valid for 10 minutes)");
    }
    totp.enable(userId, secret, code)
        .compose(enabled -> {
          if (!enabled) {
            throw ApiError.badRequest("invalid_code", "the code does not match; check the app's clock");
          }
          return audit.record(ctx, userId, "totp.enable", new JsonObject());
        })
        .onSuccess(done -> {
          pendingTotp.invalidate(userId);
          Replies.noContent(ctx);
        })
        .onFailure(ctx::fail);
  }

  private void totpDisable(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String code = JsonBody.read(ctx, text("code", 10)).getString("code");
    totpAttempts.take(Long.toString(userId));
    totp.disable(userId, code)
        .compose(disabled -> {
          if (!disabled) {
            throw ApiError.badRequest("invalid_code", "the code does not match or was already used");
          }
          return audit.record(ctx, userId, "totp.disable", new JsonObject());
        })
        .onSuccess(done -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private void getSettings(RoutingContext ctx) {
    settings.get(Caller.of(ctx).userId()).onSuccess(s -> Replies.ok(ctx, json(s))).onFailure(ctx::fail);
  }

  private void putSettings(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    String mode = JsonBody.read(ctx, text("tradeMode", 10)).getString("tradeMode");
    if (!MODES.contains(mode)) {
      throw ApiError.validation(java.util.Map.of("tradeMode", "must be paper or broker"));
    }
    settings.get(userId)
        .compose(current -> {
          if (mode.equals("broker") && !current.credentialsSaved()) {
            throw ApiError.conflict("broker_credentials_missing", "save your Kotak Neo credentials first");
          }
          return settings.setTradeMode(userId, TradeMode.valueOf(mode.toUpperCase(Locale.ROOT)), clock.instant());
        })
        .compose(done -> audit.record(ctx, userId, "settings.trade-mode", new JsonObject().put("tradeMode", mode)))
        .compose(done -> settings.get(userId))
        .onSuccess(s -> Replies.ok(ctx, json(s)))
        .onFailure(ctx::fail);
  }

  private void brokerLogin(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    commands.brokerLogin(userId)
        .recover(ServiceRoutes::notRunningIsAConflict)
        .compose(reply -> audit.record(ctx, userId, "broker.login-requested", new JsonObject()))
        .onSuccess(done -> Replies.json(ctx, 202, new JsonObject().put("accepted", true)))
        .onFailure(ctx::fail);
  }

  /** Logs in with the saved credentials apart from the running session; the answer says what worked or why not. */
  private void brokerTest(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    commands.testBroker(userId)
        .compose(result -> audit.record(ctx, userId, "broker.connection-tested",
            new JsonObject().put("ok", result.getBoolean("ok"))).map(result))
        .onSuccess(result -> Replies.ok(ctx, result))
        .onFailure(ctx::fail);
  }

  private static JsonObject json(UserSettings s) {
    return new JsonObject().put("tradeMode", s.tradeMode().stored())
        .put("brokerCredentialsSet", s.credentialsSaved())
        .put("brokerSession", new JsonObject().put("state", s.sessionState().stored())
            .put("checkedAt", Replies.at(s.sessionCheckedAt()))
            .put("seenIp", s.addresses().seen().orElse(null))
            .put("seenIpAt", Replies.at(s.addresses().seenAt()))
            .put("registeredIp", s.addresses().registered().orElse(null)));
  }
}
