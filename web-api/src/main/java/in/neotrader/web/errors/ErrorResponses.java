package in.neotrader.web.errors;

import in.neotrader.sql.errors.DatabaseOutage;
import in.neotrader.sql.errors.EmailAlreadyRegistered;
import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.errors.UnknownUser;
import in.neotrader.sql.errors.WriteRefused;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one error mapper: every failure leaves the server as the error contract, never as a stack trace. */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {
  }

  public static void install(Router router) {
    // Vert.x answers these when no route takes the request: 405 when the path exists with another method.
    router.errorHandler(404, ctx -> send(ctx, new ApiError(404, "not_found", "no such route: " + ctx.request().path())));
    router.errorHandler(405, ctx -> send(ctx, new ApiError(405, "method_not_allowed",
        ctx.request().method() + " is not allowed on " + ctx.request().path())));
    router.errorHandler(500, ErrorResponses::handle);
    router.route().failureHandler(ErrorResponses::handle);
  }

  public static void handle(RoutingContext ctx) {
    send(ctx, toApiError(ctx));
  }

  public static void send(RoutingContext ctx, ApiError error) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    if (error.retryAfterSeconds() > 0) {
      ctx.response().putHeader("retry-after", Long.toString(error.retryAfterSeconds()));
    }
    ctx.response()
        .setStatusCode(error.status())
        .putHeader("content-type", "application/json")
        .end(error.toJson().encode());
  }

  private static ApiError toApiError(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof ApiError apiError) {
      return apiError;
    }
    if (failure instanceof DecodeException) {
      return ApiError.badRequest("malformed_json", "the request body is not valid JSON");
    }
    if (failure instanceof WriteRefused refused) {
      return fromDatabase(ctx, refused);
    }
    if (failure instanceof ReplyException reply) {
      return fromTradingEngine(ctx, reply);
    }
    if (DatabaseOutage.is(failure)) {
      LOG.warn("Database unavailable on {} {}: {}", ctx.request().method(), ctx.request().path(), failure.toString());
      return ApiError.unavailable("database_unavailable", "the database cannot be reached; retry shortly", 5);
    }
    int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
    return switch (status) {
      case 400 -> ApiError.badRequest("bad_request", "the request is malformed");
      case 401 -> new ApiError(401, "unauthorized", "a valid access token is required");
      case 403 -> new ApiError(403, "forbidden", "you may not do this");
      case 404 -> new ApiError(404, "not_found", "not found");
      case 405 -> new ApiError(405, "method_not_allowed", "method not allowed on this route");
      case 413 -> new ApiError(413, "body_too_large", "the request body is too large");
      case 415 -> new ApiError(415, "unsupported_media_type", "send application/json");
      default -> {
        if (status >= 400 && status < 500) {
          yield new ApiError(status, "bad_request", "the request was refused");
        }
        yield unexpected(ctx, failure);
      }
    };
  }

  private static ApiError fromDatabase(RoutingContext ctx, WriteRefused refused) {
    if (refused instanceof EmailAlreadyRegistered) {
      return ApiError.conflict("email_taken", "this email address is already registered");
    }
    if (refused instanceof UnknownUser) {
      return ApiError.notFound("user");
    }
    if (refused instanceof InvalidValue) {
      return ApiError.badRequest("invalid_value", "a value is out of its allowed range");
    }
    LOG.warn("Write refused on {} {}: {}", ctx.request().method(), ctx.request().path(), refused.code());
    return ApiError.conflict(refused.code(), "the change conflicts with the stored data");
  }

  /** The engine answers commands with ReplyException codes 404 / 409 / 429 / 500; no handler or a timeout is 503. */
  private static ApiError fromTradingEngine(RoutingContext ctx, ReplyException reply) {
    return switch (reply.failureType()) {
      case NO_HANDLERS, TIMEOUT -> new ApiError(503, "engine_unavailable", "the trading engine did not answer; retry");
      case RECIPIENT_FAILURE -> switch (reply.failureCode()) {
        case 404 -> ApiError.notFound("user");
        case 409 -> ApiError.conflict("conflict", reply.getMessage() == null ? "conflict" : reply.getMessage());
        case 429 -> ApiError.tooManyRequests(30);
        default -> unexpected(ctx, reply);
      };
      default -> unexpected(ctx, reply);
    };
  }

  private static ApiError unexpected(RoutingContext ctx, Throwable failure) {
    LOG.error("Unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
    return new ApiError(500, "internal_error", "an unexpected error occurred; it has been logged");
  }
}
