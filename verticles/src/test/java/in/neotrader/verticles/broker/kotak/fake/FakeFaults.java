package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;

/**
 * The fault script of {@link FakeKotakNeoServer}, in the spirit of a fault-injecting proxy. Faults
 * that act "before" stop the request (nothing changes at the fake); "after" faults let the request
 * take effect and then lose the answer, the dangerous case for placements. Counted faults apply to
 * the next N calls of one endpoint, in the order scripted. Thread-safe.
 */
public final class FakeFaults {

  /** What happens to the answer of a call that took effect. */
  public enum AfterEffect {
    /** Answer normally. */
    ANSWER,
    /** Close the connection without answering. */
    DROP,
    /** Never answer; the client's timeout fires. */
    WITHHOLD
  }

  /** A scripted refusal: HTTP status and Kotak body, sent instead of acting. */
  record Refusal(int httpStatus, JsonObject body) {}

  private final Map<FakeEndpoint, Duration> latency = new EnumMap<>(FakeEndpoint.class);
  private final Set<String> staticIps = new HashSet<>();
  private final Map<FakeEndpoint, Deque<Refusal>> refusals = new EnumMap<>(FakeEndpoint.class);
  private final Map<FakeEndpoint, Deque<AfterEffect>> afterEffects = new EnumMap<>(FakeEndpoint.class);
  private final Deque<String> orderRejections = new ArrayDeque<>();
  /** Order number -> how many more order-book answers leave it out (Kotak has shown orders late, KOTAK_NEO §8). */
  private final Map<String, Integer> hiddenOrders = new HashMap<>();
  private int hideNextPlacementFrom;

  /** Every call of {@code endpoint} waits {@code delay} before it is handled. */
  public synchronized FakeFaults latency(FakeEndpoint endpoint, Duration delay) {
    latency.put(endpoint, delay);
    return this;
  }

  /** The next {@code calls} calls take effect, then their connection closes unanswered. */
  public synchronized FakeFaults dropResponses(FakeEndpoint endpoint, int calls) {
    return after(endpoint, AfterEffect.DROP, calls);
  }

  /** The next {@code calls} calls take effect and are never answered (the client times out). */
  public synchronized FakeFaults withholdResponses(FakeEndpoint endpoint, int calls) {
    return after(endpoint, AfterEffect.WITHHOLD, calls);
  }

  /** The next {@code calls} calls are answered 403 "Invalid session" even with a fresh session. */
  public synchronized FakeFaults refuseSession(FakeEndpoint endpoint, int calls) {
    return refuse(endpoint, calls, 403, new JsonObject().put("stat", "Not_Ok").put("stCode", 403)
        .put("errMsg", "Invalid session, please re-login"));
  }

  /** The next {@code calls} calls are answered 429 rate-limit exceeded, as Kotak's gateway does. */
  public synchronized FakeFaults rateLimit(FakeEndpoint endpoint, int calls) {
    return refuse(endpoint, calls, 429, new JsonObject().put("code", 429).put("error", "Rate limit exceeded")
        .put("message", "too many request received"));
  }

  /** The next {@code calls} calls are refused with Kotak's {@code {"stat":"Not_Ok","stCode":..,"errMsg":..}}. */
  public synchronized FakeFaults refuse(FakeEndpoint endpoint, int calls, int httpStatus, String stCode, String message) {
    return refuse(endpoint, calls, httpStatus, new JsonObject().put("stat", "Not_Ok").put("stCode", Integer.parseInt(stCode))
        .put("errMsg", message));
  }

  /** The next {@code orders} placements are accepted with an order number, then show as rejected with {@code reason}. */
  public synchronized FakeFaults rejectOrders(int orders, String reason) {
    for (int i = 0; i < orders; i++) {
      orderRejections.add(reason);
    }
    return this;
  }

  /** The next accepted placement is left out of the next {@code answers} order-book answers, then shows. */
  public synchronized FakeFaults hideNextPlacement(int answers) {
    hideNextPlacementFrom = answers;
    return this;
  }

  /** Order {@code orderNumber} is left out of the next {@code answers} order-book answers, then shows again. */
  public synchronized FakeFaults omitFromBook(String orderNumber, int answers) {
    hiddenOrders.put(orderNumber, answers);
    return this;
  }

  /** Removes every scripted fault. */
  /**
   * The account's registered static IPs (KOTAK_NEO §10): from now on an order call from any other address is
   * answered 100008 "unauthorized", as Kotak does; logins, reports and quotes are not checked.
   */
  public synchronized FakeFaults registerStaticIps(String... addresses) {
    staticIps.clear();
    staticIps.addAll(List.of(addresses));
    return this;
  }

  synchronized boolean refusesOrdersFrom(String address) {
    return !staticIps.isEmpty() && !staticIps.contains(address);
  }

  public synchronized void clear() {
    latency.clear();
    refusals.clear();
    afterEffects.clear();
    orderRejections.clear();
    hiddenOrders.clear();
    hideNextPlacementFrom = 0;
  }

  synchronized void placed(String orderNumber) {
    if (hideNextPlacementFrom > 0) {
      hiddenOrders.put(orderNumber, hideNextPlacementFrom);
      hideNextPlacementFrom = 0;
    }
  }

  /** One order-book answer: the rows not hidden; each hidden order has one answer less to miss. */
  synchronized List<JsonObject> visibleInBook(List<JsonObject> rows) {
    List<JsonObject> visible = rows.stream().filter(row -> !hiddenOrders.containsKey(row.getString("nOrdNo"))).toList();
    hiddenOrders.replaceAll((number, left) -> left - 1);
    hiddenOrders.values().removeIf(left -> left <= 0);
    return visible;
  }

  synchronized Duration latencyOf(FakeEndpoint endpoint) {
    return latency.getOrDefault(endpoint, Duration.ZERO);
  }

  synchronized Optional<Refusal> nextRefusal(FakeEndpoint endpoint) {
    return Optional.ofNullable(refusals.getOrDefault(endpoint, new ArrayDeque<>()).poll());
  }

  synchronized AfterEffect nextAfterEffect(FakeEndpoint endpoint) {
    AfterEffect effect = afterEffects.getOrDefault(endpoint, new ArrayDeque<>()).poll();
    return effect == null ? AfterEffect.ANSWER : effect;
  }

  synchronized Optional<String> nextOrderRejection() {
    return Optional.ofNullable(orderRejections.poll());
  }

  private FakeFaults refuse(FakeEndpoint endpoint, int calls, int httpStatus, JsonObject body) {
    Deque<Refusal> queue = refusals.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
    for (int i = 0; i < calls; i++) {
      queue.add(new Refusal(httpStatus, body));
    }
    return this;
  }

  private FakeFaults after(FakeEndpoint endpoint, AfterEffect effect, int calls) {
    Deque<AfterEffect> queue = afterEffects.computeIfAbsent(endpoint, e -> new ArrayDeque<>());
    for (int i = 0; i < calls; i++) {
      queue.add(effect);
    }
    return this;
  }
}
