package in.neotrader.web.live;

import in.neotrader.web.auth.AccountEvents;
import in.neotrader.web.auth.Authentication;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.service.TradingCommands;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.bridge.PermittedOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.sockjs.BridgeEvent;
import io.vertx.ext.web.handler.sockjs.SockJSBridgeOptions;
import io.vertx.ext.web.handler.sockjs.SockJSHandler;
import io.vertx.ext.web.handler.sockjs.SockJSSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * /eventbus: the browser's live feed. A socket proves who it is with its access token (?access_token= on the
 * URL, or an Authorization header in a register frame); it may register only trading.user.<own id>.events;
 * nothing it sends or publishes reaches the bus; it is closed when its token expires or its account is disabled.
 */
public final class EventBridge {
  private static final String OWN_EVENTS = "trading\\.user\\.[0-9]+\\.events";
  private static final String BEARER = "Bearer ";

  private final Vertx vertx;
  private final Authentication authentication;
  // Keyed by the socket object itself: SockJS sockets have no write-handler id unless one is registered.
  private final Map<SockJSSocket, Session> sessions = new ConcurrentHashMap<>();

  /** What a socket proved (maybe still being checked) and the timer that closes it at the token's expiry. */
  private record Session(Future<Caller> caller, long expiryTimer) {
  }

  public EventBridge(Vertx vertx, Authentication authentication, AccountEvents accounts) {
    this.vertx = vertx;
    this.authentication = authentication;
    accounts.onDisabled(this::closeSocketsOf);
  }

  private void closeSocketsOf(long userId) {
    sessions.forEach((socket, session) -> {
      Future<Caller> caller = session.caller();
      if (caller.succeeded() && caller.result().userId() == userId) {
        socket.close(4002, "account disabled");
      }
    });
  }

  public void mount(Router router) {
    // SockJS fallback transports (xhr-streaming, xhr-polling) POST frames: they need the body read first.
    router.post("/eventbus/*").handler(BodyHandler.create(false).setBodyLimit(64 * 1024));
    SockJSBridgeOptions options = new SockJSBridgeOptions()
        .addOutboundPermitted(new PermittedOptions().setAddressRegex(OWN_EVENTS));
    router.route("/eventbus/*").subRouter(SockJSHandler.create(vertx).bridge(options, this::handle));
  }

  private void handle(BridgeEvent event) {
    switch (event.type()) {
      case SOCKET_CREATED -> opened(event);
      case REGISTER -> register(event);
      case SOCKET_CLOSED -> {
        closed(event.socket());
        event.complete(true);
      }
      // Browsers only listen: they never put anything on the bus.
      case SEND, PUBLISH -> event.complete(false);
      default -> event.complete(true);
    }
  }

  /**
   * Accepts the socket at once (the bridge drops frames that arrive before SOCKET_CREATED completes) and checks
   * a URL token alongside; registers wait for that check, and a bad token closes the socket.
   */
  private void opened(BridgeEvent event) {
    SockJSSocket socket = event.socket();
    String token = queryToken(socket.uri());
    if (token != null) {
      remember(socket, authentication.caller(token));
    }
    event.complete(true);
  }

  private void register(BridgeEvent event) {
    JsonObject message = event.getRawMessage();
    String address = message == null ? null : message.getString("address");
    callerOf(event.socket(), message)
        .onSuccess(caller -> event.complete(TradingCommands.eventsAddress(caller.userId()).equals(address)))
        .onFailure(e -> event.complete(false));
  }

  private Future<Caller> callerOf(SockJSSocket socket, JsonObject message) {
    JsonObject headers = message == null ? null : message.getJsonObject("headers");
    String header = headers == null ? null : headers.getString("Authorization");
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return remember(socket, authentication.caller(header.substring(BEARER.length()).trim()));
    }
    Session session = sessions.get(socket);
    return session == null ? Future.failedFuture("no token") : session.caller();
  }

  /** Keeps the socket's proof; once it holds, arms the close at expiry. One socket serves one user only. */
  private Future<Caller> remember(SockJSSocket socket, Future<Caller> proof) {
    Session previous = sessions.put(socket, new Session(proof, -1));
    return proof
        .onFailure(e -> socket.close(4001, "invalid token"))
        .onSuccess(caller -> {
          if (previous != null && previous.caller().succeeded()
              && previous.caller().result().userId() != caller.userId()) {
            socket.close(4003, "one user per socket");
            return;
          }
          long delay = Math.max(1, Duration.between(Instant.now(), caller.tokenExpiresAt()).toMillis());
          long timer = vertx.setTimer(delay, id -> socket.close(4001, "token expired"));
          Session replaced = sessions.put(socket, new Session(proof, timer));
          cancel(replaced);
          cancel(previous);
        });
  }

  private void closed(SockJSSocket socket) {
    cancel(sessions.remove(socket));
  }

  private void cancel(Session session) {
    if (session != null && session.expiryTimer() >= 0) {
      vertx.cancelTimer(session.expiryTimer());
    }
  }

  private static String queryToken(String uri) {
    int query = uri == null ? -1 : uri.indexOf('?');
    if (query < 0) {
      return null;
    }
    for (String pair : uri.substring(query + 1).split("&")) {
      if (pair.startsWith("access_token=")) {
        return java.net.URLDecoder.decode(pair.substring("access_token=".length()), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
