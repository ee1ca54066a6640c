package in.neotrader.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Idle or abandoned connections are closed by the server: before, 200 silent sockets were held forever. The
 * timeout is 1 s here (operators may set 30 s or more, see ServerStartFailureTest).
 */
class IdleConnectionTest {
  static ApiServer api;

  @BeforeAll
  static void start() {
    api = ApiServer.start(new JsonObject().put("HTTP_IDLE_TIMEOUT_SECONDS", 1));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void silentHalfSentAndKeptAliveConnectionsAreAllClosedByTheServer() throws Exception {
    List<Socket> silent = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      silent.add(connect());
    }
    try (Socket halfSent = connect(); Socket keptAlive = connect()) {
      halfSent.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      keptAlive.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String answer = readUntilClosed(keptAlive);
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"status\"");
      assertThat(readUntilClosed(halfSent)).isEmpty();
      for (Socket s : silent) {
        assertThat(readUntilClosed(s)).isEmpty();
      }
    } finally {
      for (Socket s : silent) {
        s.close();
      }
    }
  }

  private static Socket connect() throws IOException {
    URI base = URI.create(api.base());
    Socket socket = new Socket(base.getHost(), base.getPort());
    socket.setSoTimeout(15_000);
    return socket;
  }

  /** Everything the server sends until it closes; a server that keeps the socket open fails the read. */
  private static String readUntilClosed(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept an idle connection open for 15 s; received: " + text, e);
    }
    return text.toString();
  }
}
