package in.neotrader.web.http;

import in.neotrader.web.errors.ApiError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place request bodies are read: a JSON object, no unknown fields, each field of its declared type.
 * Anything else is a 400 naming the fields, so a handler only ever sees a body it can trust.
 */
public final class JsonBody {
  private JsonBody() {
  }

  /** The body as a JSON object holding only {@code fields}, each valid. */
  public static JsonObject read(RoutingContext ctx, BodyField... fields) {
    JsonObject body = object(ctx);
    Map<String, BodyField> allowed = Arrays.stream(fields)
        .collect(Collectors.toMap(BodyField::name, Function.identity()));
    Map<String, String> problems = new TreeMap<>();
    body.fieldNames().stream().filter(name -> !allowed.containsKey(name))
        .forEach(name -> problems.put(name, "is not a known field"));
    for (BodyField field : fields) {
      String problem = field.problem(body.getValue(field.name()));
      if (problem != null) {
        problems.put(field.name(), problem);
      }
    }
    if (!problems.isEmpty()) {
      throw ApiError.validation(problems);
    }
    return body;
  }

  /** The body as a JSON object, whatever its fields (the caller validates them, e.g. the trading config). */
  public static JsonObject object(RoutingContext ctx) {
    Buffer buffer = ctx.body().buffer();
    if (buffer == null || buffer.length() == 0) {
      throw ApiError.badRequest("body_required", "send a JSON object");
    }
    Object parsed;
    try {
      parsed = buffer.toJsonValue();
    } catch (DecodeException | IllegalStateException e) {
      throw ApiError.badRequest("malformed_json", "the request body is not valid JSON");
    }
    if (!(parsed instanceof JsonObject json)) {
      throw ApiError.badRequest("malformed_json", "the request body must be a JSON object");
    }
    return json;
  }
}
