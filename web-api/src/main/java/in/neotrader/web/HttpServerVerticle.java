package in.neotrader.web;

import in.neotrader.web.errors.ErrorResponses;
import in.neotrader.web.ops.HealthRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;

/** The HTTP face of the service: operations routes, the API routers by area, the UI's static files. */
public final class HttpServerVerticle extends VerticleBase {
  private final JsonObject config;
  private final Pool pool;
  private HttpServer server;

  public HttpServerVerticle(JsonObject config, Pool pool) {
    this.config = config;
    this.pool = pool;
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    new HealthRoutes(pool).mount(router);
    router.route("/webjars/*").handler(StaticHandler.create("META-INF/resources/webjars").setCachingEnabled(true));
    router.route("/*").handler(StaticHandler.create("webroot").setIndexPage("index.html"));
    ErrorResponses.install(router);
    return vertx.createHttpServer()
        .requestHandler(router)
        .listen(config.getInteger("HTTP_PORT"), config.getString("HTTP_HOST"))
        .onSuccess(s -> server = s);
  }

  /** The port actually bound (differs from HTTP_PORT when that is 0). */
  public int port() {
    return server.actualPort();
  }
}
