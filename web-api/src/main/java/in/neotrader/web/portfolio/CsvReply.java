package in.neotrader.web.portfolio;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.sql.query.Page;
import in.neotrader.sql.query.PageRequest;
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
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV download (orders, fills, task runs): the JSON API's fields as columns, one row per record; times (the
 * {@code ...At} fields) in IST with the offset, as a trader reads them (the JSON API keeps UTC); a cell a spreadsheet
 * would run as a formula is defused ({@link SpreadsheetCell}).
 */
public final class CsvReply {
  private static final DateTimeFormatter IST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private CsvReply() {
  }

  /** Every page of a list, read {@link PageRequest#MAX_LIMIT} rows at a time, for a download. */
  public static <T> Future<List<T>> allPages(Function<PageRequest, Future<Page<T>>> pageAt) {
    return allPages(pageAt, 0, new ArrayList<>());
  }

  private static <T> Future<List<T>> allPages(Function<PageRequest, Future<Page<T>>> pageAt, int offset, List<T> into) {
    return pageAt.apply(new PageRequest(PageRequest.MAX_LIMIT, offset)).compose(page -> {
      into.addAll(page.items());
      return page.items().size() < PageRequest.MAX_LIMIT ? Future.succeededFuture(into)
          : allPages(pageAt, offset + PageRequest.MAX_LIMIT, into);
    });
  }

  public static void send(RoutingContext ctx, String name, List<JsonObject> rows) {
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
