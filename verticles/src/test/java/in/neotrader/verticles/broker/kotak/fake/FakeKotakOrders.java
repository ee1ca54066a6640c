package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The order endpoints of the fake with Kotak's validation quirks (KOTAK_NEO §3, §5, §8). */
final class FakeKotakOrders {

  private static final List<String> PLACE_FIELDS = List.of("am", "dq", "es", "mp", "pc", "pr", "pt", "qt", "rt", "tp", "ts", "tt");
  private static final List<String> MODIFY_FIELDS = List.of("no", "pr", "pt", "qt", "vd", "tp", "dq", "am", "mp");
  private static final Set<String> FINAL_STATUSES = Set.of("complete", "cancelled", "rejected");

  private final FakeKotakBook book;
  private final FakeFaults faults;

  FakeKotakOrders(FakeKotakBook book, FakeFaults faults) {
    this.book = book;
    this.faults = faults;
  }

  FakeAnswer place(RoutingContext ctx) {
    Optional<JsonObject> jData = jData(ctx);
    if (jData.isEmpty()) {
      return FakeAnswer.notOk(1007, "body invalid");
    }
    JsonObject order = jData.get();
    Optional<FakeAnswer> invalid = invalidNumbers(order, PLACE_FIELDS);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    synchronized (book) {
      if (book.hasTag(order.getString("ig", ""))) {
        // Today's Kotak answers a reused tag with 32 "error from core" (v1 era: 5204 "Client OrderID already exists").
        return FakeAnswer.notOk(32, "error from core");
      }
      String number = book.place(order, faults.nextOrderRejection());
      faults.placed(number);
      return accepted(number);
    }
  }

  FakeAnswer modify(RoutingContext ctx) {
    Optional<JsonObject> jData = jData(ctx);
    if (jData.isEmpty()) {
      return FakeAnswer.notOk(1007, "body invalid");
    }
    Optional<FakeAnswer> invalid = invalidNumbers(jData.get(), MODIFY_FIELDS);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    String number = jData.get().getString("no");
    return changeable(number).orElseGet(() -> {
      book.modify(number, jData.get());
      return accepted(number);
    });
  }

  FakeAnswer cancel(RoutingContext ctx) {
    Optional<JsonObject> jData = jData(ctx);
    if (jData.isEmpty()) {
      return FakeAnswer.notOk(1007, "body invalid");
    }
    String number = jData.get().getString("on", "");
    return changeable(number).orElseGet(() -> {
      boolean amo = "AMO".equals(book.order(number).orElseThrow().getString("ordGenTp"));
      if (amo && (!"YES".equals(jData.get().getString("am")) || jData.get().getString("ts", "").isEmpty())) {
        return FakeAnswer.notOk(1009, "please provide valid am and ts for an after market order");
      }
      book.cancel(number);
      return accepted(number);
    });
  }

  FakeAnswer orderBook(RoutingContext ctx) {
    List<JsonObject> rows = faults.visibleInBook(book.orderRows());
    if (rows.isEmpty()) {
      return FakeAnswer.notOk(5203, "No Data");
    }
    return FakeAnswer.ok(new JsonObject().put("stat", "Ok").put("stCode", 200).put("data", new JsonArray(rows)));
  }

  FakeAnswer tradeBook(RoutingContext ctx) {
    List<JsonObject> rows = book.tradeRows();
    if (rows.isEmpty()) {
      return FakeAnswer.notOk(5203, "No Data");
    }
    return FakeAnswer.ok(new JsonObject().put("stat", "Ok").put("stCode", 200).put("data", new JsonArray(rows)));
  }

  /** {@code nse_cm|2885,nse_cm|1333}: a JSON array of the quotes the fake knows. */
  FakeAnswer quotes(RoutingContext ctx) {
    JsonArray found = new JsonArray();
    for (String instrument : ctx.pathParam("symbols").split(",")) {
      String[] parts = instrument.split("\\|");
      book.quote(parts[parts.length - 1]).ifPresent(found::add);
    }
    return FakeAnswer.ok(found);
  }

  private Optional<FakeAnswer> changeable(String number) {
    Optional<JsonObject> order = book.order(number);
    if (order.isEmpty()) {
      return Optional.of(FakeAnswer.notOk(1006, "order not found"));
    }
    if (FINAL_STATUSES.contains(order.get().getString("ordSt"))) {
      return Optional.of(FakeAnswer.notOk(1021, "order is " + order.get().getString("ordSt")));
    }
    return Optional.empty();
  }

  /** Blank numerics fail as on Kotak: empty dq gives 5202, a bad quantity or price 1009. */
  private static Optional<FakeAnswer> invalidNumbers(JsonObject order, List<String> required) {
    for (String field : required) {
      if (!order.containsKey(field)) {
        return Optional.of(FakeAnswer.notOk(1007, "body invalid: " + field + " missing"));
      }
    }
    if (order.getString("dq").isEmpty()) {
      return Optional.of(FakeAnswer.notOk(5202, "Error: Invalid Request"));
    }
    if (!order.getString("qt").matches("[1-9][0-9]*") || !order.getString("pr").matches("[0-9]+(\\.[0-9]+)?")) {
      return Optional.of(FakeAnswer.notOk(1009, "please provide valid quantity"));
    }
    if ("L".equals(order.getString("pt")) && Double.parseDouble(order.getString("pr")) <= 0) {
      return Optional.of(FakeAnswer.notOk(1009, "please provide valid price"));
    }
    return Optional.empty();
  }

  private static Optional<JsonObject> jData(RoutingContext ctx) {
    String form = ctx.request().getFormAttribute("jData");
    if (form == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new JsonObject(form));
    } catch (DecodeException e) {
      return Optional.empty();
    }
  }

  private static FakeAnswer accepted(String orderNumber) {
    return FakeAnswer.ok(new JsonObject().put("nOrdNo", orderNumber).put("stat", "Ok").put("stCode", 200));
  }
}
