package in.neotrader.verticles.broker.kotak.fake;

import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.Totp;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Login, MPIN validate and the header checks of every later call, for one account (KOTAK_NEO §1). */
final class FakeKotakSessions {

  private static final Duration TOTP_STEP = Duration.ofSeconds(30);

  private final KotakCredentials account;
  private final Clock clock;
  private final Map<String, String> viewSidByToken = new HashMap<>();
  private final Map<String, String> tradeSidByToken = new HashMap<>();
  private String baseUrl;
  private int opened;
  private String lastTotp = "";

  FakeKotakSessions(KotakCredentials account, Clock clock) {
    this.account = account;
    this.clock = clock;
  }

  synchronized void baseUrl(String url) {
    baseUrl = url;
  }

  synchronized int opened() {
    return opened;
  }

  synchronized String lastTotp() {
    return lastTotp;
  }

  synchronized void expireAll() {
    viewSidByToken.clear();
    tradeSidByToken.clear();
  }

  synchronized FakeAnswer login(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    if (body == null || body.getString("totp", "").isEmpty()) {
      return new FakeAnswer(400, new JsonObject().put("error",
          new JsonArray().add(new JsonObject().put("code", "400").put("message", "Missing required field 'Totp'"))));
    }
    lastTotp = body.getString("totp");
    boolean knownUser = account.mobileNumber().equals(body.getString("mobileNumber"))
        && account.ucc().equals(body.getString("ucc"));
    if (!knownUser || !totpMatches(body.getString("totp"))) {
      return new FakeAnswer(401, new JsonObject().put("status", "error").put("message", "Invalid credentials or TOTP.")
          .put("errorCode", "401"));
    }
    String token = "view-" + UUID.randomUUID();
    String sid = "view-sid-" + UUID.randomUUID();
    viewSidByToken.put(token, sid);
    return FakeAnswer.ok(new JsonObject().put("data", new JsonObject().put("token", token).put("sid", sid)
        .put("rid", UUID.randomUUID().toString()).put("ucc", account.ucc()).put("dataCenter", "E21")
        .put("greetingName", "TEST").put("kType", "View").put("status", "success")));
  }

  synchronized FakeAnswer validate(RoutingContext ctx) {
    MultiMap headers = ctx.request().headers();
    String viewToken = headers.get("Auth");
    if (viewToken == null || headers.get("sid") == null) {
      return missingHeader();
    }
    if (!headers.get("sid").equals(viewSidByToken.get(viewToken))) {
      return new FakeAnswer(401, new JsonObject().put("status", "error").put("message", "Invalid session.")
          .put("errorCode", "401"));
    }
    JsonObject body = ctx.body().asJsonObject();
    if (body == null || !account.mpin().equals(body.getString("mpin"))) {
      return new FakeAnswer(401, new JsonObject().put("status", "error").put("message", "Invalid MPIN.")
          .put("errorCode", "401"));
    }
    viewSidByToken.remove(viewToken);
    String token = "trade-" + UUID.randomUUID();
    String sid = "trade-sid-" + UUID.randomUUID();
    tradeSidByToken.put(token, sid);
    opened++;
    return FakeAnswer.ok(new JsonObject().put("data", new JsonObject().put("token", token).put("sid", sid)
        .put("rid", UUID.randomUUID().toString()).put("baseUrl", baseUrl).put("dataCenter", "E21")
        .put("hsServerId", "").put("kType", "Trade")));
  }

  /** Post-login calls need a live trade token with its sid, plus the fin key. */
  synchronized Optional<FakeAnswer> checkTradeHeaders(MultiMap headers) {
    if (headers.get("Auth") == null || headers.get("Sid") == null
        || !"neotradeapi".equals(headers.get("neo-fin-key"))) {
      return Optional.of(missingHeader());
    }
    if (!headers.get("Sid").equals(tradeSidByToken.get(headers.get("Auth")))) {
      return Optional.of(new FakeAnswer(403, new JsonObject().put("stat", "Not_Ok").put("stCode", 100022)
          .put("errMsg", "Invalid session, please re-login")));
    }
    return Optional.empty();
  }

  /** Login steps and quotes need only the access token in {@code Authorization}. */
  synchronized Optional<FakeAnswer> checkAccessToken(MultiMap headers, FakeEndpoint endpoint) {
    if (!account.accessToken().equals(headers.get("Authorization"))) {
      return Optional.of(new FakeAnswer(401, new JsonObject().put("code", "900901").put("message", "Invalid Credentials")
          .put("description", "Invalid Credentials. Make sure you have provided the correct security credentials")));
    }
    if (endpoint != FakeEndpoint.QUOTES && !"neotradeapi".equals(headers.get("neo-fin-key"))) {
      return Optional.of(missingHeader());
    }
    return Optional.empty();
  }

  /** One step of drift either way, as authenticator servers allow. */
  private boolean totpMatches(String code) {
    Instant now = clock.instant();
    return List.of(now.minus(TOTP_STEP), now, now.plus(TOTP_STEP)).stream()
        .anyMatch(t -> Totp.code(account.totpSecret(), t).equals(code));
  }

  private static FakeAnswer missingHeader() {
    return new FakeAnswer(400, new JsonObject().put("error",
        new JsonArray().add(new JsonObject().put("code", "10512").put("message", "Required header not found."))));
  }
}
