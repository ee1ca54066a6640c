package in.neotrader.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;
import io.vertx.core.json.JsonObject;

/**
 * The HTTP face of the service; one instance per event loop, all sharing the same {@link ApiRoutes}. A connection
 * that sends and receives nothing for HTTP_IDLE_TIMEOUT_SECONDS is closed, so idle or abandoned clients cannot
 * hold sockets forever (live-event sockets stay busy with SockJS heartbeats every 25 s).
 */
public final class HttpServerVerticle extends VerticleBase {
  static final int IDLE_TIMEOUT_SECONDS = 60;
  private final JsonObject config;
  private final ApiRoutes routes;
  private HttpServer server;

  public HttpServerVerticle(JsonObject config, ApiRoutes routes) {
    this.config = config;
    this.routes = routes;
  }

  @Override
  public Future<?> start() {
    HttpServerOptions options = new HttpServerOptions()
        .setIdleTimeout(config.getInteger("HTTP_IDLE_TIMEOUT_SECONDS", IDLE_TIMEOUT_SECONDS)).setIdleTimeoutUnit(TimeUnit.SECONDS);
    return vertx.createHttpServer(options)
        .requestHandler(routes.router())
        .listen(config.getInteger("HTTP_PORT"), config.getString("HTTP_HOST"))
        .onSuccess(s -> server = s);
  }

  /** The port actually bound (differs from HTTP_PORT when that is 0). */
  public int port() {
    return server.actualPort();
  }
}
