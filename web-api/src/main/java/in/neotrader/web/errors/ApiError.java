package in.neotrader.web.errors;

import io.vertx.core.json.JsonObject;

/**
 * A failure meant for the API client: HTTP status, a stable machine code and a human message.
 * Every 4xx/5xx response has the body {@code {"error": code, "message": message}}.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }

  public static ApiError notFound(String what) {
    return new ApiError(404, "not_found", what + " not found");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public JsonObject toJson() {
    return new JsonObject().put("error", code).put("message", getMessage());
  }
}
