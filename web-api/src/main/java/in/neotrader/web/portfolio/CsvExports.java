package in.neotrader.web.portfolio;

import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.OrderFilter;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.web.auth.Caller;
import io.vertx.ext.web.RoutingContext;

/**
 * orders.csv and fills.csv: the same fields as the JSON API, one row per record, for a spreadsheet (written by
 * {@link CsvReply}: times in IST, formulas defused).
 */
final class CsvExports {
  private final OrderRepository orders;
  private final FillRepository fills;

  CsvExports(OrderRepository orders, FillRepository fills) {
    this.orders = orders;
    this.fills = fills;
  }

  /** The orders the same filters as GET /orders select. */
  void orders(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    OrderFilter filter = PortfolioRoutes.orderFilter(ctx);
    CsvReply.allPages(page -> orders.page(userId, filter, page))
        .onSuccess(list -> CsvReply.send(ctx, "orders.csv", list.stream().map(PortfolioJson::order).toList()))
        .onFailure(ctx::fail);
  }

  void fills(RoutingContext ctx) {
    fills.listForUser(Caller.of(ctx).userId())
        .onSuccess(list -> CsvReply.send(ctx, "fills.csv", list.stream().map(PortfolioJson::fill).toList()))
        .onFailure(ctx::fail);
  }
}
