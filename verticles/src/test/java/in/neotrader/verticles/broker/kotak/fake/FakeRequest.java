package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * One request as it reached the fake, for wire tests: method, path, headers, the form fields of a write call
 * and its {@code jData} parsed, or the JSON body of a login step, and the address it came from (as Kotak sees it).
 */
public record FakeRequest(String method, String path, MultiMap headers, MultiMap form, Optional<JsonObject> jData,
    Optional<JsonObject> json, String remoteAddress) {

  static FakeRequest of(RoutingContext ctx) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().formAttributes());
    Optional<JsonObject> jData = Optional.ofNullable(form.get("jData")).map(JsonObject::new);
    String contentType = ctx.request().getHeader("Content-Type");
    Optional<JsonObject> json = contentType != null && contentType.startsWith("application/json")
        && ctx.body().length() > 0 ? Optional.of(ctx.body().asJsonObject()) : Optional.empty();
    return new FakeRequest(ctx.request().method().name(), ctx.request().path(),
        MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().headers()), form, jData, json,
        ctx.request().remoteAddress().hostAddress());
  }
}
