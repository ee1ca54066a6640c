package in.neotrader.web.http;

import in.neotrader.sql.query.Page;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Successful answers in the API's shapes: JSON objects, pages, times and money as the contract writes them. */
public final class Replies {
  private Replies() {
  }

  public static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("content-type", "application/json").end(body.encode());
  }

  public static void ok(RoutingContext ctx, JsonObject body) {
    json(ctx, 200, body);
  }

  public static void noContent(RoutingContext ctx) {
    ctx.response().setStatusCode(204).end();
  }

  public static <T> void page(RoutingContext ctx, Page<T> page, Function<T, JsonObject> toJson) {
    ok(ctx, new JsonObject().put("items", items(page.items(), toJson)).put("total", page.total())
        .put("limit", page.limit()).put("offset", page.offset()));
  }

  public static <T> JsonArray items(List<T> items, Function<T, JsonObject> toJson) {
    return new JsonArray(items.stream().map(toJson).toList());
  }

  /** ISO-8601 or null, as the contract writes instants. */
  public static String at(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** Rupees with 2 decimals (charges with 4), as a JSON number; null stays null. */
  public static Double money(BigDecimal amount, int decimals) {
    return amount == null ? null : amount.setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
