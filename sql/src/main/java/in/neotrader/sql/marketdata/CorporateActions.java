package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;

/**
 * Splits and bonuses (MARKET_DATA §4). On an ex-date the bhavcopy's previous close is already adjusted, so
 * factor = PrvsClsgPric / the stored close of the symbol's previous candle (in the ex-date's scale); within
 * ±0.1 % of 1 it is rounding. A new action multiplies adjust_factor of every earlier candle; the raw prices
 * stay, and corporate_actions keeps the fact, so the adjustment can be audited and redone ({@link #reapply}).
 */
public final class CorporateActions {
  /** |factor - 1| at or below this is rounding of the published previous close, not an action. */
  public static final java.math.BigDecimal ROUNDING = new java.math.BigDecimal("0.001");

  private static final String DETECT = """
      SELECT n.symbol, round(n.prev_close / (p.close * p.adjust_factor / n.adjust_factor), 12) AS factor,
        p.day AS prev_day, p.close AS prev_raw_close, n.prev_close
      FROM daily_candles n
      JOIN LATERAL (SELECT close, adjust_factor, day FROM daily_candles p
                    WHERE p.symbol = n.symbol AND p.day < n.day ORDER BY p.day DESC LIMIT 1) p ON true
      WHERE n.day = #{day} AND n.source = 'bhavcopy' AND n.prev_close IS NOT NULL
        AND abs(n.prev_close / (p.close * p.adjust_factor / n.adjust_factor) - 1) > #{rounding}""";
  // Inserted once per (symbol, ex-date): a re-ingest of the ex-date finds the action and does not apply it twice.
  private static final String APPLY = """
      WITH added AS (
        INSERT INTO corporate_actions (symbol, ex_date, factor, source, detail)
        SELECT a.symbol, a.ex_date, a.factor::numeric, #{source}, a.detail::jsonb
        FROM unnest(#{symbols}::text[], #{exDates}::date[], #{factors}::text[], #{details}::text[])
          AS a(symbol, ex_date, factor, detail)
        ON CONFLICT (symbol, ex_date) DO NOTHING
        RETURNING symbol, ex_date, factor),
      scaled AS (
        UPDATE daily_candles d SET adjust_factor = round(d.adjust_factor * a.factor, 12)
        FROM added a WHERE d.symbol = a.symbol AND d.day < a.ex_date RETURNING d.symbol)
      SELECT a.symbol, a.ex_date, a.factor, (SELECT count(*) FROM scaled) AS scaled FROM added a""";
  private static final String REAPPLY = """
      UPDATE daily_candles d SET adjust_factor = coalesce((SELECT round(exp(sum(ln(ca.factor))), 12)
        FROM corporate_actions ca WHERE ca.symbol = d.symbol AND ca.ex_date > d.day), 1)
      WHERE d.symbol = #{symbol}""";

  private CorporateActions() {
  }

  private record Found(CorporateAction action, String detail) {}

  /** The actions the bhavcopy of {@code day} reveals against the stored previous candles, already applied. */
  static Future<List<CorporateAction>> detectAndApply(SqlClient client, LocalDate day) {
    return Queries.list(client, DETECT, Params.of("day", day).and("rounding", ROUNDING), row -> new Found(
        new CorporateAction(row.getString("symbol"), day, row.getBigDecimal("factor"),
            CorporateAction.FROM_PREVIOUS_CLOSE),
        new JsonObject().put("prevDay", row.getLocalDate("prev_day").toString())
            .put("storedClose", row.getBigDecimal("prev_raw_close").toPlainString())
            .put("prevClose", row.getBigDecimal("prev_close").toPlainString()).encode()))
        .compose(found -> found.isEmpty() ? Future.succeededFuture(List.of())
            : apply(client, CorporateAction.FROM_PREVIOUS_CLOSE, found.stream().map(Found::action).toList(),
                found.stream().map(Found::detail).toList()));
  }

  /** Records {@code actions} not yet known and scales the earlier candles of each; returns those added. */
  static Future<List<CorporateAction>> apply(SqlClient client, String source, List<CorporateAction> actions,
      List<String> details) {
    Params p = Params.of("source", source)
        .and("symbols", actions.stream().map(CorporateAction::symbol).toArray(String[]::new))
        .and("exDates", actions.stream().map(CorporateAction::exDate).toArray(LocalDate[]::new))
        .and("factors", SqlArrays.decimal(actions, CorporateAction::factor))
        .and("details", details.toArray(String[]::new));
    return Queries.list(client, APPLY, p, row -> new CorporateAction(row.getString("symbol"),
        row.getLocalDate("ex_date"), row.getBigDecimal("factor"), source));
  }

  /** Recomputes every adjust factor of {@code symbol} from its recorded actions (after a backfill, an audit). */
  public static Future<Integer> reapply(SqlClient client, String symbol) {
    return Queries.update(client, REAPPLY, Params.of("symbol", symbol));
  }
}
