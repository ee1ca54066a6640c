package in.neotrader.web;

import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A live-events client as the browser is one: a WebSocket on /eventbus, the frames it received, how it closed. */
public record BridgeSocket(WebSocket ws, BlockingQueue<JsonObject> frames, CompletableFuture<Short> closedWith) {

  /** Connects to a node's bridge, with {@code ?access_token=} when a token is given. */
  public static BridgeSocket connect(WebSocketClient client, int port, String token) {
    String uri = "/eventbus/websocket" + (token == null ? "" : "?access_token=" + token);
    WebSocket ws = Await.result(client.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
        .setURI(uri)));
    BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    CompletableFuture<Short> closed = new CompletableFuture<>();
    ws.handler(buffer -> frames.add(new JsonObject(buffer.toString())));
    ws.closeHandler(ignored -> closed.complete(ws.closeStatusCode()));
    return new BridgeSocket(ws, frames, closed);
  }

  public static JsonObject register(String address) {
    return new JsonObject().put("type", "register").put("address", address);
  }

  public void send(JsonObject frame) {
    Await.result(ws.writeTextMessage(frame.encode()));
  }

  /** The next frame, or null after 10 s. */
  public JsonObject next() throws InterruptedException {
    return frames.poll(10, TimeUnit.SECONDS);
  }

  /** Null when nothing more arrives within half a second. */
  public JsonObject none() throws InterruptedException {
    return frames.poll(500, TimeUnit.MILLISECONDS);
  }
}
