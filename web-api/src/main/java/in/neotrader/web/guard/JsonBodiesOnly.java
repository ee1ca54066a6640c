package in.neotrader.web.guard;

import in.neotrader.web.errors.ApiError;
import in.neotrader.web.errors.ErrorResponses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/**
 * The API takes JSON bodies only: a body of another type (a form, a multipart upload) is a 415, instead of a
 * handler finding no JSON. A request without a body needs no content type. Runs after a BodyHandler that keeps
 * no uploads, so nothing of a refused body ever reaches the disk.
 */
public final class JsonBodiesOnly {

  private JsonBodiesOnly() {
  }

  public static void check(RoutingContext ctx) {
    String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    // A form's fields are parsed into attributes, not the body: the request still had one.
    boolean hasBody = ctx.body().length() > 0 || ctx.request().isExpectMultipart();
    if (hasBody && type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      ErrorResponses.send(ctx, new ApiError(415, "unsupported_media_type", "send application/json"));
      return;
    }
    ctx.next();
  }
}
