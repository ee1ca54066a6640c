package in.neotrader.sql.charts;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.orders.OrderState;
import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What a trader's chart of one symbol marks: the user's signals, the fills (entries and exits), open sell targets. */
public final class ChartMarkers {
  private static final String SIGNALS = """
      SELECT day, coalesce(final_verdict, verdict) AS verdict, combined_score FROM signals
      WHERE user_id = #{userId} AND symbol = #{symbol} AND day BETWEEN #{from} AND #{to} ORDER BY day""";
  private static final String FILLS = """
      SELECT side, filled_quantity, average_fill_price, (filled_at AT TIME ZONE #{zone})::date AS day FROM orders
      WHERE user_id = #{userId} AND symbol = #{symbol} AND filled_quantity > 0 AND filled_at IS NOT NULL
        AND average_fill_price IS NOT NULL AND (filled_at AT TIME ZONE #{zone})::date BETWEEN #{from} AND #{to}
      ORDER BY filled_at, id""";
  private static final String OPEN_SELLS = """
      SELECT price, quantity - filled_quantity AS quantity FROM orders
      WHERE user_id = #{userId} AND symbol = #{symbol} AND side = 'SELL' AND price > 0
        AND status = ANY(#{open}::text[]) ORDER BY placed_at, id""";
  private static final String[] OPEN = Arrays.stream(OrderState.values()).filter(s -> !s.isTerminal())
      .map(Enum::name).toArray(String[]::new);

  /** A signal of the daily analysis on {@code day}. */
  public record SignalMark(LocalDate day, String verdict, BigDecimal combinedScore) {}

  /** A fill on {@code day}: a BUY is an entry, a SELL an exit. */
  public record FillMark(LocalDate day, String side, int quantity, BigDecimal averagePrice) {}

  /** An open sell order's limit: the target the position is offered at. */
  public record SellTarget(BigDecimal price, int quantity) {}

  public record Marks(List<SignalMark> signals, List<FillMark> fills, List<SellTarget> sellTargets) {}

  private final SqlClient client;

  public ChartMarkers(SqlClient client) {
    this.client = client;
  }

  public Future<Marks> of(long userId, String symbol, LocalDate from, LocalDate to) {
    Params p = Params.of("userId", userId).and("symbol", symbol).and("from", from).and("to", to)
        .and("zone", TradingClock.IST.getId()).and("open", OPEN);
    Future<List<SignalMark>> signals = Queries.list(client, SIGNALS, p, r -> new SignalMark(r.getLocalDate("day"),
        r.getString("verdict"), r.getBigDecimal("combined_score")));
    Future<List<FillMark>> fills = Queries.list(client, FILLS, p, r -> new FillMark(r.getLocalDate("day"),
        r.getString("side"), r.getInteger("filled_quantity"), r.getBigDecimal("average_fill_price")));
    Future<List<SellTarget>> targets = Queries.list(client, OPEN_SELLS, p, r -> new SellTarget(r.getBigDecimal("price"),
        r.getInteger("quantity")));
    return Future.all(signals, fills, targets).map(v -> new Marks(signals.result(), fills.result(), targets.result()));
  }
}
