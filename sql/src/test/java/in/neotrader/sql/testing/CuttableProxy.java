package in.neotrader.sql.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A TCP forwarder on 127.0.0.1 in front of a real PostgreSQL: {@link #cut()} drops every connection and refuses
 * new ones (a database outage as the server sees it), {@link #restore()} listens again on the same port.
 */
public final class CuttableProxy implements AutoCloseable {
  private final Vertx vertx;
  private final int targetPort;
  private final NetClient client;
  private final List<NetSocket> open = new CopyOnWriteArrayList<>();
  private NetServer server;
  private int port;

  private CuttableProxy(Vertx vertx, int targetPort) {
    this.vertx = vertx;
    this.targetPort = targetPort;
    this.client = vertx.createNetClient();
  }

  public static CuttableProxy start(Vertx vertx, int targetPort) {
    CuttableProxy proxy = new CuttableProxy(vertx, targetPort);
    proxy.listen(0);
    return proxy;
  }

  public int port() {
    return port;
  }

  public void cut() {
    await(server.close());
    open.forEach(NetSocket::close);
    open.clear();
  }

  public void restore() {
    listen(port);
  }

  @Override
  public void close() {
    cut();
    await(client.close());
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void listen(int onPort) {
    server = vertx.createNetServer().connectHandler(in -> {
      in.pause();
      open.add(in);
      client.connect(targetPort, "127.0.0.1").onSuccess(out -> {
        open.add(out);
        in.pipeTo(out);
        out.pipeTo(in);
        in.resume();
      }).onFailure(e -> in.close());
    });
    port = await(server.listen(onPort, "127.0.0.1")).actualPort();
  }
}
