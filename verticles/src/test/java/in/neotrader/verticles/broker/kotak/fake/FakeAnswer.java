package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** One HTTP answer of the fake: status and a JSON object or array. */
record FakeAnswer(int httpStatus, Object body) {

  static FakeAnswer ok(Object body) {
    return new FakeAnswer(200, body);
  }

  /** Kotak's usual refusal: HTTP 200 with {@code stat} "Not_Ok" (KOTAK_NEO §8.7). */
  static FakeAnswer notOk(int stCode, String message) {
    return new FakeAnswer(200, new JsonObject().put("stat", "Not_Ok").put("stCode", stCode)
        .put("errMsg", message));
  }

  void sendTo(RoutingContext ctx) {
    ctx.response().setStatusCode(httpStatus).putHeader("content-type", "application/json").end(Json.encode(body));
  }
}
