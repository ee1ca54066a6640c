package in.neotrader.web.notify;

import in.neotrader.web.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outside world of notifications on 127.0.0.1: a Telegram Bot API fake ({@code POST /bot<token>/sendMessage},
 * answering as Telegram does) and a webhook receiver that checks the HMAC-SHA256 signature of each body and can be
 * told to fail (HTTP 503) until further notice.
 */
final class FakeReceivers implements AutoCloseable {

  /** One request as it arrived: path, body, arrival (System.nanoTime) and whether its signature was right. */
  record Received(String path, String body, long atNanos, boolean signed, String deliveryId) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  final Vertx vertx = Vertx.vertx();
  final List<Received> telegram = new CopyOnWriteArrayList<>();
  final List<Received> webhook = new CopyOnWriteArrayList<>();
  final List<Long> refusedAt = new CopyOnWriteArrayList<>();
  private final String secret;
  private volatile boolean failing;
  private final HttpServer server;

  FakeReceivers(String webhookSecret) {
    this.secret = webhookSecret;
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create());
    router.post("/bot:token/sendMessage").handler(ctx -> {
      telegram.add(new Received(ctx.request().path(), ctx.body().asString(), System.nanoTime(), true, null));
      ctx.response().putHeader("content-type", "application/json").end(new JsonObject().put("ok", true)
          .put("result", new JsonObject().put("message_id", telegram.size())).encode());
    });
    router.post("/hook").handler(ctx -> {
      if (failing) {
        refusedAt.add(System.nanoTime());
        ctx.response().setStatusCode(503).end("down for maintenance");
        return;
      }
      String body = ctx.body().asString();
      boolean signed = ("sha256=" + hmac(body)).equals(ctx.request().getHeader("X-NeoTrader-Signature"));
      webhook.add(new Received(ctx.request().path(), body, System.nanoTime(), signed,
          ctx.request().getHeader("X-NeoTrader-Delivery")));
      ctx.response().setStatusCode(signed ? 204 : 401).end();
    });
    server = Await.result(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.actualPort();
  }

  void failing(boolean down) {
    failing = down;
  }

  private String hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    Await.result(vertx.close());
  }
}
