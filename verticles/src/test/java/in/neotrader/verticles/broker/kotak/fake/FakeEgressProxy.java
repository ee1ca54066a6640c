package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A user's egress host (KOTAK_NEO §10) on loopback: an HTTP proxy that asks for its user and password and sends
 * everything on from {@code egressAddress} (any 127.x address is this machine's), so the Kotak fake sees the
 * user's calls come from that address. It tunnels CONNECT requests (HTTPS, as to the real Kotak) and forwards
 * absolute-URI requests (plain HTTP, as a client sends to the fake) the same way: a byte pipe to the target.
 */
public final class FakeEgressProxy {

  private final NetServer server;
  private final NetClient upstream;
  private final String expectedAuthorization;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger tunnels = new AtomicInteger();

  private FakeEgressProxy(Vertx vertx, String egressAddress, String user, String password) {
    this.upstream = vertx.createNetClient(new NetClientOptions().setLocalAddress(egressAddress));
    this.expectedAuthorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.server = vertx.createNetServer().connectHandler(this::accept);
  }

  public static Future<FakeEgressProxy> start(Vertx vertx, String egressAddress, String user, String password) {
    FakeEgressProxy proxy = new FakeEgressProxy(vertx, egressAddress, user, password);
    return proxy.server.listen(0, "127.0.0.1").map(proxy);
  }

  public int port() {
    return server.actualPort();
  }

  /** Client connections carried to the target. */
  public int connections() {
    return connections.get();
  }

  /** Of those, the CONNECT tunnels (HTTPS targets). */
  public int tunnels() {
    return tunnels.get();
  }

  /** Requests refused 407 for a missing or wrong Proxy-Authorization. */
  public int refused() {
    return refused.get();
  }

  public Future<Void> stop() {
    return server.close().compose(v -> upstream.close());
  }

  private void accept(NetSocket client) {
    Buffer head = Buffer.buffer();
    client.pause();
    client.handler(chunk -> {
      head.appendBuffer(chunk);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        client.pause();
        client.handler(null);
        route(client, text.substring(0, end), head);
      }
    });
    client.resume();
  }

  private void route(NetSocket client, String head, Buffer received) {
    String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
    if (!head.contains("\r\nProxy-Authorization: " + expectedAuthorization)
        && !head.contains("\r\nproxy-authorization: " + expectedAuthorization)) {
      refused.incrementAndGet();
      client.write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"egress\"\r\n"
          + "Content-Length: 0\r\nConnection: close\r\n\r\n").onComplete(done -> client.close());
      return;
    }
    boolean tunnel = "CONNECT".equals(requestLine[0]);
    String authority = tunnel ? requestLine[1] : requestLine[1].replaceFirst("^http://", "").replaceFirst("/.*$", "");
    int colon = authority.lastIndexOf(':');
    String host = authority.substring(0, colon);
    int port = Integer.parseInt(authority.substring(colon + 1));
    upstream.connect(port, host).onSuccess(target -> {
      connections.incrementAndGet();
      if (tunnel) {
        tunnels.incrementAndGet();
      }
      client.handler(target::write);
      target.handler(client::write);
      client.closeHandler(v -> target.close());
      target.closeHandler(v -> client.close());
      Future<Void> first = tunnel ? client.write("HTTP/1.1 200 Connection established\r\n\r\n")
          : target.write(received);
      first.onComplete(done -> client.resume());
    }).onFailure(failure -> client.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
        .onComplete(done -> client.close()));
  }
}
