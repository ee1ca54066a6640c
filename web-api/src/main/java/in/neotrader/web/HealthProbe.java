package in.neotrader.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code java -jar trading-server.jar health [URL]}: the container healthcheck, with nothing but the JRE (no shell
 * tricks, no curl in the image). Exit 0 when {@code URL} (default: this host's /ready on HTTP_PORT) answers 200.
 */
final class HealthProbe {
  private HealthProbe() {
  }

  static int run(String[] args) {
    String port = System.getenv().getOrDefault("HTTP_PORT", "8080");
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/ready";
    try {
      HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
          .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() == 200) {
        return ExitCode.OK.code();
      }
      System.err.println("health: " + url + " answered " + answer.statusCode() + " " + answer.body());
    } catch (Exception e) {
      System.err.println("health: " + url + " did not answer: " + e);
    }
    return ExitCode.UNEXPECTED.code();
  }
}
