package in.neotrader.web.jar;

import in.neotrader.web.ApiClient;
import io.vertx.core.json.JsonArray;
import java.util.function.Predicate;

/** Waits for a started jar's state to show through its API: the jar runs on its own schedule, not the test's. */
final class JarPolling {
  private static final long LIMIT_NANOS = 180_000_000_000L;

  private JarPolling() {}

  /** The page items of {@code path} once at least {@code atLeast} of them match {@code wanted}. */
  static JsonArray items(ApiClient api, String path, ApiClient.Session session, int atLeast,
      Predicate<io.vertx.core.json.JsonObject> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT_NANOS;
    JsonArray items = new JsonArray();
    while (System.nanoTime() < deadline) {
      ApiClient.Reply reply = api.get(path, session.accessToken());
      if (reply.status() == 200) {
        items = reply.json().getJsonArray("items");
        if (items.stream().map(io.vertx.core.json.JsonObject.class::cast).filter(wanted).count() >= atLeast) {
          return items;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(path + " never had " + atLeast + " wanted items; last answer: " + items.encode());
  }

  static JsonArray items(ApiClient api, String path, ApiClient.Session session, int atLeast)
      throws InterruptedException {
    return items(api, path, session, atLeast, item -> true);
  }
}
