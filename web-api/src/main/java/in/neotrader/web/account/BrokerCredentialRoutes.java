package in.neotrader.web.account;

import static in.neotrader.web.http.BodyField.optionalText;
import static in.neotrader.web.http.BodyField.text;

import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.broker.kotak.KotakRoute;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.Replies;
import in.neotrader.web.keys.Sealing;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;

/**
 * Kotak Neo credentials: write-only. PUT seals the five fields as one JSON document (AES-256-GCM, bound to
 * the user); GET says only whether they are set and since when. The plain values exist only in this request.
 */
public final class BrokerCredentialRoutes {
  private final UserSettingsRepository settings;
  private final Sealing sealing;
  private final AuditTrail audit;
  private final Clock clock;

  public BrokerCredentialRoutes(UserSettingsRepository settings, Sealing sealing, AuditTrail audit, Clock clock) {
    this.settings = settings;
    this.sealing = sealing;
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router user) {
    user.put("/broker-credentials").handler(this::save);
    user.get("/broker-credentials").handler(this::status);
  }

  private void save(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    JsonObject credentials = BrokerCredentialRules.checked(JsonBody.read(ctx, text("consumerKey", 200),
        text("mobileNumber", 20), text("ucc", 20), text("mpin", 10), text("totpSecret", 200),
        optionalText(KotakRoute.PROXY, 500), optionalText(KotakRoute.LOCAL_ADDRESS, 64),
        optionalText(KotakRoute.REGISTERED_IP, 64)));
    settings.saveBrokerCredentials(userId, sealing.seal(credentials.encode(), Sealing.brokerContext(userId)),
            clock.instant())
        .compose(done -> audit.record(ctx, userId, "broker-credentials.save",
            new JsonObject().put("keyId", sealing.currentKeyId())))
        .onSuccess(done -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private void status(RoutingContext ctx) {
    settings.credentialsStatus(Caller.of(ctx).userId())
        .onSuccess(s -> Replies.ok(ctx, new JsonObject().put("set", s.saved()).put("updatedAt", Replies.at(s.updatedAt()))))
        .onFailure(ctx::fail);
  }
}
