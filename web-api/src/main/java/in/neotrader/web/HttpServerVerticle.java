package in.neotrader.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/** The HTTP face of the service; one instance per event loop, all sharing the same {@link ApiRoutes}. */
public final class HttpServerVerticle extends VerticleBase {
  private final JsonObject config;
  private final ApiRoutes routes;
  private HttpServer server;

  public HttpServerVerticle(JsonObject config, ApiRoutes routes) {
    this.config = config;
    this.routes = routes;
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer()
        .requestHandler(routes.router())
        .listen(config.getInteger("HTTP_PORT"), config.getString("HTTP_HOST"))
        .onSuccess(s -> server = s);
  }

  /** The port actually bound (differs from HTTP_PORT when that is 0). */
  public int port() {
    return server.actualPort();
  }
}
