package in.neotrader.web.portfolio;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderFilter;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.web.auth.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * orders.csv and fills.csv: the same fields as the JSON API, one row per record, for a spreadsheet; times (the
 * {@code ...At} fields) in IST with the offset, as a trader reads them (the JSON API keeps UTC).
 */
final class CsvExports {
  private static final int PAGE = PageRequest.MAX_LIMIT;
  private static final DateTimeFormatter IST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private final OrderRepository orders;
  private final FillRepository fills;

  CsvExports(OrderRepository orders, FillRepository fills) {
    this.orders = orders;
    this.fills = fills;
  }

  void orders(RoutingContext ctx) {
    allOrders(Caller.of(ctx).userId(), 0, new ArrayList<>())
        .onSuccess(list -> send(ctx, "orders.csv", list.stream().map(PortfolioJson::order).toList()))
        .onFailure(ctx::fail);
  }

  void fills(RoutingContext ctx) {
    fills.listForUser(Caller.of(ctx).userId())
        .onSuccess(list -> send(ctx, "fills.csv", list.stream().map(PortfolioJson::fill).toList()))
        .onFailure(ctx::fail);
  }

  private Future<List<Order>> allOrders(long userId, int offset, List<Order> into) {
    return orders.page(userId, OrderFilter.ALL, new PageRequest(PAGE, offset)).compose(page -> {
      into.addAll(page.items());
      return page.items().size() < PAGE ? Future.succeededFuture(into) : allOrders(userId, offset + PAGE, into);
    });
  }

  private static void send(RoutingContext ctx, String name, List<JsonObject> rows) {
    ctx.response().putHeader("content-type", "text/csv; charset=utf-8")
        .putHeader("content-disposition", "attachment; filename=\"" + name + "\"")
        .end(csv(rows));
  }

  private static String csv(List<JsonObject> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      if (!rows.isEmpty()) {
        List<String> columns = new ArrayList<>(rows.get(0).fieldNames());
        printer.printRecord(columns);
        for (JsonObject row : rows) {
          printer.printRecord(columns.stream().map(column -> cell(column, row.getValue(column))).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Object cell(String column, Object value) {
    if (column.endsWith("At") && value instanceof String iso) {
      return IST_TIME.format(Instant.parse(iso).atZone(TradingClock.IST));
    }
    return SpreadsheetCell.of(value);
  }
}
