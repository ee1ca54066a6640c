package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.net.ConnectException;
import java.util.Set;

/**
 * Turns Kotak answers into success or a {@link BrokerException} (KOTAK_NEO §5). The broker's
 * own words go into the message; request headers and bodies never do, so no secret can leak.
 */
final class KotakErrors {

  /** Post-login answers that mean "log in again": 403, 401, invalid session token, gateway invalid JWT, IP changed. */
  private static final Set<String> SESSION_CODES = Set.of("100022", "900901", "1037");
  private static final Set<String> INVALID_REQUEST_CODES = Set.of("1007", "1009", "5202", "10512");
  private static final Set<String> NOT_FOUND_CODES = Set.of("91400");
  // 32 "error from core" is what Kotak answers a reused tag with today (KOTAK_NEO §5); 5204 in the v1 era.
  private static final Set<String> DUPLICATE_TAG_CODES = Set.of("5204", "32");
  private static final String NO_DATA = "5203";
  // "unauthorized" on an order call of a valid session: the address it came from is not the registered one (§10).
  private static final String IP_NOT_REGISTERED = "100008";
  /** What the trader reads when Kotak refuses the address: why, and what to do. */
  static final String IP_ADVICE = "Kotak does not accept orders from this address (IP not registered), so orders "
      + "are paused until the next login. Register the address your orders leave from as your static IP with "
      + "Kotak, or set the route (proxy or local address) to the one you registered";

  /** The session ended on the broker's side; {@link KotakApi} logs in once more before giving up. */
  static final class SessionInvalid extends RuntimeException {
    private final transient KotakSession.Tokens stale;

    SessionInvalid(String message, KotakSession.Tokens stale) {
      super(message, null, false, false);
      this.stale = stale;
    }

    /** The session the broker refused, so that concurrent callers renew it only once. */
    KotakSession.Tokens stale() {
      return stale;
    }

    SessionInvalid refusing(KotakSession.Tokens tokens) {
      return new SessionInvalid(getMessage(), tokens);
    }
  }

  /** The broker already holds an order with our tag (§8.1): the placement exists, find it instead of failing. */
  static final class DuplicateTag extends RuntimeException {
    DuplicateTag(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Kotak refused an order for the address it came from (code 100008, KOTAK_NEO §10): every order of this user
   * will be refused alike until the address or the route changes, so the account pauses its orders instead of
   * retrying each.
   */
  static final class IpNotRegistered extends RuntimeException {
    IpNotRegistered(String message) {
      super(message + ": " + IP_ADVICE, null, false, false);
    }

    /** What the order's caller sees: a refusal, not to be resent as is. */
    BrokerException asRejection() {
      return new BrokerException(Code.REJECTED, getMessage());
    }
  }

  private KotakErrors() {}

  /**
   * The answer's JSON, with a top-level array (quotes) or an empty book (5203 "No Data") given as
   * {@code {"data":[...]}}; fails with {@link SessionInvalid} or a {@link BrokerException}.
   */
  static JsonObject check(HttpResponse<Buffer> response, String action, boolean changesOrders) {
    int status = response.statusCode();
    Object json = parse(response.body());
    boolean unreadable = json == null && isSuccess(status);
    if (changesOrders && (unreadable || status >= 500)) {
      // A gateway error or garbled answer may come after the order desk acted: as uncertain as no answer.
      throw new BrokerException(Code.TIMEOUT, action + ": Kotak answered HTTP " + status
          + (unreadable ? " without JSON" : "") + "; the broker may have acted on it");
    }
    if (unreadable) {
      // An empty book must never be inferred from an unreadable answer: reconciliation relies on it.
      throw new BrokerException(Code.UNAVAILABLE, action + ": Kotak answered HTTP " + status + " without JSON");
    }
    if (json instanceof JsonArray rows && isSuccess(response.statusCode())) {
      return new JsonObject().put("data", rows);
    }
    JsonObject body = json instanceof JsonObject object ? object : new JsonObject();
    String code = brokerCode(body);
    if (NO_DATA.equals(code)) {
      return new JsonObject().put("data", new JsonArray());
    }
    if (isSuccess(status) && !hasErrorFields(body)) {
      return body;
    }
    String reason = reason(body, response);
    String message = action + ": " + reason + (code.isEmpty() ? "" : " (code " + code + ")");
    if (changesOrders && IP_NOT_REGISTERED.equals(code)) {
      throw new IpNotRegistered(message);
    }
    if (status == 401 || status == 403 || SESSION_CODES.contains(code)) {
      throw new SessionInvalid(message, null);
    }
    if (changesOrders && DUPLICATE_TAG_CODES.contains(code) || reason.toLowerCase().contains("orderid already exists")) {
      throw new DuplicateTag(message);
    }
    if (status == 429 || "429".equals(code)) {
      // The port has no RATE_LIMITED code; UNAVAILABLE means "later", and the words say why.
      throw new BrokerException(Code.UNAVAILABLE, action + ": rate limited by Kotak, " + reason);
    }
    throw new BrokerException(codeFor(status, code), message);
  }

  /** A failure before any answer arrived. Only a refused connection proves nothing reached the broker. */
  static BrokerException transport(Throwable failure, String action) {
    if (failure instanceof ConnectException) {
      return new BrokerException(Code.UNAVAILABLE, action + ": broker unreachable", failure);
    }
    return new BrokerException(Code.TIMEOUT, action + ": no answer (" + failure.getClass().getSimpleName()
        + "); the broker may have acted on it", failure);
  }

  /** What {@code placeOrder} raises when the answer is lost: the order may exist at the broker. */
  static BrokerException uncertainPlacement(String clientOrderId, BrokerException cause) {
    return new BrokerException(Code.TIMEOUT, "placement of " + clientOrderId + " is UNCERTAIN: " + cause.getMessage()
        + "; look it up with findOrder before sending it again", cause);
  }

  /** The message without the code prefix {@link BrokerException#getMessage()} adds. */
  static String reasonOf(BrokerException e) {
    String prefix = e.code() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  static boolean isWorthRetryingRead(Throwable failure) {
    return failure instanceof BrokerException e && (e.code() == Code.UNAVAILABLE || e.code() == Code.TIMEOUT);
  }

  private static Code codeFor(int status, String code) {
    if (status >= 500) {
      return Code.UNAVAILABLE;
    }
    if (status == 400 || INVALID_REQUEST_CODES.contains(code)) {
      return Code.INVALID_REQUEST;
    }
    if (status == 404 || NOT_FOUND_CODES.contains(code)) {
      return Code.NOT_FOUND;
    }
    // Funds, symbol, completed order and every unknown refusal: do not resend as is.
    return Code.REJECTED;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  /** A 2xx may still carry an error (KOTAK_NEO §8.7); holdings carry no stat at all. */
  private static boolean hasErrorFields(JsonObject body) {
    String stat = KotakFields.text(body, body.containsKey("stat") ? "stat" : "status");
    boolean statSaysError = !stat.isEmpty() && !stat.equalsIgnoreCase("ok") && !stat.equalsIgnoreCase("success");
    return statSaysError || body.containsKey("error") || body.containsKey("errMsg") || body.containsKey("emsg")
        || (body.containsKey("errorCode") && !body.containsKey("data"));
  }

  private static String brokerCode(JsonObject body) {
    Object code = firstNonNull(body.getValue("stCode"), body.getValue("errorCode"), body.getValue("code"),
        firstError(body).getValue("code"));
    String text = code == null ? "" : code.toString();
    return "200".equals(text) ? "" : text;
  }

  private static String reason(JsonObject body, HttpResponse<Buffer> response) {
    Object text = firstNonNull(body.getValue("errMsg"), body.getValue("emsg"), firstError(body).getValue("message"),
        body.getValue("message"), body.getValue("error") instanceof String s ? s : null, body.getValue("description"));
    if (text != null && !text.toString().isBlank()) {
      return text.toString();
    }
    return "HTTP " + response.statusCode() + (response.statusMessage() == null ? "" : " " + response.statusMessage());
  }

  private static JsonObject firstError(JsonObject body) {
    if (body.getValue("error") instanceof JsonArray errors && !errors.isEmpty()
        && errors.getValue(0) instanceof JsonObject first) {
      return first;
    }
    return new JsonObject();
  }

  private static Object firstNonNull(Object... values) {
    for (Object v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static Object parse(Buffer body) {
    if (body == null || body.length() == 0) {
      return null;
    }
    try {
      return Json.decodeValue(body);
    } catch (DecodeException e) {
      return null;
    }
  }
}
