package in.neotrader.web.guard;

import in.neotrader.web.errors.ApiError;
import in.neotrader.web.errors.ErrorResponses;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a NUL character anywhere in a request to the API (path, query, a JSON string or key) with a 400 naming
 * where: PostgreSQL cannot store one in text, so it would otherwise end as a 500 deep in a handler.
 */
public final class NulCharacterGuard {
  private static final char NUL = '\0';

  private NulCharacterGuard() {
  }

  public static void check(RoutingContext ctx) {
    Optional<String> where = inPath(ctx).or(() -> inQuery(ctx)).or(() -> inBody(ctx));
    if (where.isPresent()) {
      ErrorResponses.send(ctx, ApiError.validation(Map.of(where.get(), "must not contain a NUL character")));
      return;
    }
    ctx.next();
  }

  private static Optional<String> inPath(RoutingContext ctx) {
    String raw = ctx.request().path();
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8).indexOf(NUL) >= 0
          ? Optional.of("path") : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Optional<String> inQuery(RoutingContext ctx) {
    return ctx.queryParams().entries().stream()
        .filter(e -> e.getKey().indexOf(NUL) >= 0 || e.getValue().indexOf(NUL) >= 0)
        .map(e -> "query." + e.getKey().replace(NUL, '?')).findFirst();
  }

  private static Optional<String> inBody(RoutingContext ctx) {
    if (ctx.body().length() <= 0 || !ctx.body().asString().contains("\\u0000")) {
      return Optional.empty();
    }
    try {
      return find(Json.decodeValue(ctx.body().buffer()), "body");
    } catch (RuntimeException notJson) { // not JSON (or too deep): the handler answers malformed_json
      return Optional.empty();
    }
  }

  private static Optional<String> find(Object value, String at) {
    if (value instanceof String s) {
      return s.indexOf(NUL) >= 0 ? Optional.of(at) : Optional.empty();
    }
    if (value instanceof JsonObject o) {
      for (Map.Entry<String, Object> e : o) {
        String key = e.getKey();
        Optional<String> found = key.indexOf(NUL) >= 0 ? Optional.of(at)
            : find(e.getValue(), at + "." + key);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    if (value instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        Optional<String> found = find(a.getValue(i), at + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
