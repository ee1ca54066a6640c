package in.neotrader.web.errors;

import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * A failure meant for the API client: HTTP status, a stable machine code and a human message.
 * Every 4xx/5xx response has the body {@code {"error": code, "message": message}}; validation failures add
 * {@code "fields"}, throttled requests carry {@code Retry-After}.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, String> fields;
  private final long retryAfterSeconds;

  public ApiError(int status, String code, String message) {
    this(status, code, message, Map.of(), 0);
  }

  private ApiError(int status, String code, String message, Map<String, String> fields, long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.fields = Map.copyOf(fields);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }

  public static ApiError validation(Map<String, String> fields) {
    return new ApiError(400, "validation_failed", "some fields are invalid", fields, 0);
  }

  public static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what + " not found");
  }

  public static ApiError conflict(String code, String message) {
    return new ApiError(409, code, message);
  }

  public static ApiError unauthorized(String code, String message) {
    return new ApiError(401, code, message);
  }

  public static ApiError forbidden(String code, String message) {
    return new ApiError(403, code, message);
  }

  /** 503: a dependency is down for now; the client may retry after {@code retryAfterSeconds}. */
  public static ApiError unavailable(String code, String message, long retryAfterSeconds) {
    return new ApiError(503, code, message, Map.of(), retryAfterSeconds);
  }

  public static ApiError tooManyRequests(long retryAfterSeconds) {
    return new ApiError(429, "too_many_requests", "too many attempts; retry in " + retryAfterSeconds + " s", Map.of(),
        Math.max(1, retryAfterSeconds));
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("error", code).put("message", getMessage());
    if (!fields.isEmpty()) {
      json.put("fields", new JsonObject(new java.util.TreeMap<String, Object>(fields)));
    }
    return json;
  }
}
