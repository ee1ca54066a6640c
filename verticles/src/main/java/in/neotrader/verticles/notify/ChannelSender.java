package in.neotrader.verticles.notify;

import in.neotrader.core.notify.NotificationKind;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one message on one channel: a Telegram bot message ({@code POST /bot<token>/sendMessage}) or a webhook POST
 * of the event envelope signed with HMAC-SHA256 over the exact body ({@code X-NeoTrader-Signature: sha256=<hex>}).
 * Succeeds only on a 2xx answer.
 */
final class ChannelSender {

  static final String SIGNATURE_HEADER = "X-NeoTrader-Signature";
  static final String DELIVERY_HEADER = "X-NeoTrader-Delivery";

  private final WebClient client;
  private final NotifySettings settings;

  ChannelSender(WebClient client, NotifySettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /** @param config the channel's opened configuration: {botToken, chatId} or {url, secret} */
  Future<Void> send(String channelKind, JsonObject config, long messageId, String kind, JsonObject envelope) {
    return "telegram".equals(channelKind) ? telegram(config, kind, envelope) : webhook(config, messageId, envelope);
  }

  private Future<Void> telegram(JsonObject config, String kind, JsonObject envelope) {
    JsonObject message = new JsonObject().put("chat_id", config.getString("chatId"))
        .put("text", NotificationKind.text(kind, envelope.getJsonObject("data", new JsonObject())));
    return client.postAbs(settings.telegramUrl() + "/bot" + config.getString("botToken") + "/sendMessage")
        .timeout(settings.callTimeout().toMillis())
        .sendJsonObject(message)
        .compose(answer -> accepted(answer, "Telegram"));
  }

  private Future<Void> webhook(JsonObject config, long messageId, JsonObject envelope) {
    Buffer body = envelope.toBuffer();
    return client.postAbs(config.getString("url"))
        .putHeader("content-type", "application/json")
        .putHeader(SIGNATURE_HEADER, "sha256=" + hmac(config.getString("secret"), body.getBytes()))
        .putHeader(DELIVERY_HEADER, Long.toString(messageId))
        .timeout(settings.callTimeout().toMillis())
        .sendBuffer(body)
        .compose(answer -> accepted(answer, "the webhook"));
  }

  static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static Future<Void> accepted(HttpResponse<Buffer> answer, String who) {
    if (answer.statusCode() / 100 == 2) {
      return Future.succeededFuture();
    }
    String body = answer.bodyAsString() == null ? "" : answer.bodyAsString();
    return Future.failedFuture(new IllegalStateException(who + " answered HTTP " + answer.statusCode()
        + (body.isBlank() ? "" : ": " + body.substring(0, Math.min(200, body.length())))));
  }
}
