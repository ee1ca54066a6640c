package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.clock.TradingClock;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trade session of one account: TOTP login, then MPIN validate (KOTAK_NEO §1), done lazily on
 * the first call, again when the broker ends the session, and afresh on each new IST day (the exchange has
 * every API session logged out daily). Concurrent callers share one login. A TOTP code about to expire is
 * not sent: the login waits for the next one. Meant for one verticle context, like the broker it serves.
 */
final class KotakSession {

  /**
   * What every post-login call needs, and the IST day of the login. The token and sid are secrets:
   * {@link #toString()} hides them.
   */
  record Tokens(String tradeToken, String sid, String baseUrl, LocalDate day) {
    @Override
    public String toString() {
      return "Tokens[baseUrl=" + baseUrl + ", day=" + day + ", token and sid hidden]";
    }
  }

  static final String FIN_KEY_HEADER = "neo-fin-key";
  static final String FIN_KEY = "neotradeapi";
  private static final String LOGIN_PATH = "/login/1.0/tradeApiLogin";
  private static final String VALIDATE_PATH = "/login/1.0/tradeApiValidate";
  private static final String CLIENT_IP_PATH = "/login/1.0/get-client-ip";
  private static final Logger LOG = LoggerFactory.getLogger(KotakSession.class);

  private final Vertx vertx;
  private final WebClient client;
  private final KotakCredentials credentials;
  private final KotakSettings settings;
  private final Clock clock;
  private final KotakRateGovernor governor;
  private volatile SessionState state = SessionState.NONE;
  private Tokens tokens;
  private Future<Tokens> loginInFlight;
  private Consumer<String> addressSeen = address -> { };

  /** @param governor the user's rate limits: the two login steps count as ordinary calls */
  KotakSession(Vertx vertx, WebClient client, KotakCredentials credentials, KotakSettings settings, Clock clock,
      KotakRateGovernor governor) {
    this.vertx = vertx;
    this.client = client;
    this.governor = governor;
    this.credentials = credentials;
    this.settings = settings;
    this.clock = clock;
  }

  SessionState state() {
    return state;
  }

  /** Told the address Kotak sees after each login: the session is bound to it (KOTAK_NEO §10). */
  void onAddressSeen(Consumer<String> listener) {
    this.addressSeen = listener;
  }

  String accessToken() {
    return credentials.accessToken();
  }

  /** The live session, logging in first when there is none or it is of an earlier day. */
  synchronized Future<Tokens> current() {
    if (isOpen() && tokens != null && tokens.day().equals(today())) {
      return Future.succeededFuture(tokens);
    }
    return login();
  }

  private LocalDate today() {
    return clock.instant().atZone(TradingClock.IST).toLocalDate();
  }

  /** A fresh session after the broker refused {@code stale}; reuses one another caller already obtained. */
  synchronized Future<Tokens> renew(Tokens stale) {
    if (isOpen() && tokens != null && tokens != stale) {
      return Future.succeededFuture(tokens);
    }
    tokens = null;
    return login();
  }

  /** Reads still work when Kotak refuses orders from this address: only orders are checked (KOTAK_NEO §10). */
  private boolean isOpen() {
    return state == SessionState.VALID || state == SessionState.IP_NOT_REGISTERED;
  }

  /** Kotak refused an order for its address: orders pause until a fresh login (the next day, new credentials). */
  synchronized void markIpNotRegistered(String reason) {
    if (state == SessionState.VALID) {
      state = SessionState.IP_NOT_REGISTERED;
      LOG.warn("Kotak refuses orders of {} from this address; orders paused: {}", credentials.maskedUcc(), reason);
    }
  }

  /** The broker refused even a fresh session: show it and log in again on the next call. */
  synchronized void markExpired() {
    tokens = null;
    state = SessionState.EXPIRED;
    LOG.warn("Kotak refused a fresh session for {}; the next call logs in again", credentials.maskedUcc());
  }

  private Future<Tokens> login() {
    if (loginInFlight != null) {
      return loginInFlight;
    }
    // Published before the attempt starts, so that an attempt failing at once still clears it.
    Promise<Tokens> outcome = Promise.promise();
    loginInFlight = outcome.future();
    viewLogin().compose(this::validateMpin).onComplete(result -> {
      finishLogin(result.succeeded() ? result.result() : null, result.cause());
      outcome.handle(result);
    });
    return outcome.future();
  }

  private synchronized void finishLogin(Tokens fresh, Throwable failure) {
    loginInFlight = null;
    if (fresh != null) {
      tokens = fresh;
      state = SessionState.VALID;
      LOG.info("Kotak session opened for {} on {}", credentials.maskedUcc(), fresh.baseUrl());
      askSeenAddress(fresh);
    } else if (failure instanceof BrokerException e && e.code() == Code.SESSION_EXPIRED) {
      state = SessionState.NEEDS_LOGIN;
      LOG.warn("Kotak login refused for {}: {}", credentials.maskedUcc(), e.getMessage());
    } else {
      LOG.warn("Kotak login for {} failed: {}", credentials.maskedUcc(), failure.getMessage());
    }
  }

  /**
   * The TOTP code is computed once the governor lets the call go (a code read before a wait may have expired), and
   * never with under 3 s of its step left.
   */
  private Future<JsonObject> viewLogin() {
    return governor.submit(false, () -> {
      long waitMillis = Totp.waitForAFreshCode(clock.instant()).toMillis();
      if (waitMillis == 0) {
        return sendViewLogin();
      }
      Promise<Void> fresh = Promise.promise();
      vertx.setTimer(waitMillis, id -> fresh.complete());
      return fresh.future().compose(v -> sendViewLogin());
    });
  }

  private Future<JsonObject> sendViewLogin() {
    String totp;
    try {
      totp = Totp.code(credentials.totpSecret(), clock.instant());
    } catch (IllegalArgumentException unusableSeed) {
      return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED, unusableSeed.getMessage()));
    }
    JsonObject body = new JsonObject().put("mobileNumber", credentials.mobileNumber()).put("ucc", credentials.ucc())
        .put("totp", totp);
    return client.postAbs(settings.loginUrl() + LOGIN_PATH)
        .putHeader("Authorization", credentials.accessToken())
        .putHeader(FIN_KEY_HEADER, FIN_KEY)
        .timeout(settings.callTimeout().toMillis())
        .sendJsonObject(body)
        .transform(answer -> loginData(answer, "TOTP login"));
  }

  private Future<Tokens> validateMpin(JsonObject view) {
    return governor.submit(false, () -> client.postAbs(settings.loginUrl() + VALIDATE_PATH)
            .putHeader("Authorization", credentials.accessToken())
            .putHeader(FIN_KEY_HEADER, FIN_KEY)
            .putHeader("sid", view.getString("sid", ""))
            .putHeader("Auth", view.getString("token", ""))
            .timeout(settings.callTimeout().toMillis())
            .sendJsonObject(new JsonObject().put("mpin", credentials.mpin()))
            .transform(answer -> loginData(answer, "MPIN validate")))
        .map(trade -> new Tokens(trade.getString("token"), trade.getString("sid"), trimSlash(trade.getString("baseUrl")),
            today()));
  }

  /**
   * Which address Kotak sees for this session ({@code get-client-ip}): only shown to the user, so a failure is
   * logged and the session stays usable.
   */
  private void askSeenAddress(Tokens session) {
    governor.submit(false, () -> client.getAbs(settings.loginUrl() + CLIENT_IP_PATH)
            .putHeader("Authorization", credentials.accessToken())
            .putHeader("Sid", session.sid())
            .putHeader("Auth", session.tradeToken())
            .putHeader(FIN_KEY_HEADER, FIN_KEY)
            .putHeader("accept", "application/json")
            .timeout(settings.callTimeout().toMillis())
            .send()
            .map(answer -> KotakErrors.check(answer, "get-client-ip", false)))
        .map(KotakSession::clientIp)
        .onSuccess(address -> addressSeen.accept(address))
        .onFailure(failure -> LOG.warn("Kotak did not say which address it sees for {}: {}", credentials.maskedUcc(),
            failure.getMessage()));
  }

  private static String clientIp(JsonObject answer) {
    JsonArray data = answer.getJsonArray("data");
    String ip = data == null || data.isEmpty() ? null : data.getJsonObject(0).getString("ip");
    if (ip == null || ip.isBlank()) {
      throw new IllegalStateException("get-client-ip answered without an address");
    }
    return ip.trim();
  }

  /** A login step's {@code data}, or why Kotak said no: refusals need the user, outages only time. */
  private static Future<JsonObject> loginData(AsyncResult<HttpResponse<Buffer>> answer, String step) {
    if (answer.failed()) {
      // Unlike a lost placement, a lost login answer leaves nothing to reconcile: it is only an outage.
      return Future.failedFuture(new BrokerException(Code.UNAVAILABLE, step + ": no answer from Kotak ("
          + answer.cause().getClass().getSimpleName() + ")", answer.cause()));
    }
    try {
      JsonObject data = KotakErrors.check(answer.result(), step, false).getJsonObject("data");
      if (data == null || data.getString("token", "").isEmpty() || data.getString("sid", "").isEmpty()) {
        return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED, step + ": Kotak answered without a session"));
      }
      return Future.succeededFuture(data);
    } catch (BrokerException e) {
      if (e.code() == Code.UNAVAILABLE || e.code() == Code.TIMEOUT) {
        return Future.failedFuture(e);
      }
      return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED, "Kotak refused the " + KotakErrors.reasonOf(e)));
    } catch (RuntimeException refused) {
      return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED, "Kotak refused the " + refused.getMessage()));
    }
  }

  private static String trimSlash(String url) {
    if (url == null || url.isBlank()) {
      throw new BrokerException(Code.SESSION_EXPIRED, "MPIN validate: Kotak answered without a baseUrl");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
