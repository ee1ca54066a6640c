package in.neotrader.sql.marketdata;

import in.neotrader.sql.query.Params;
import in.neotrader.sql.query.Queries;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Splits and bonuses (MARKET_DATA §4). On an ex-date the bhavcopy's previous close is already adjusted, so
 * factor = PrvsClsgPric / the stored close of the symbol's previous candle (in the ex-date's scale); within
 * ±0.1 % of 1 it is rounding. A new action multiplies adjust_factor of every earlier candle; the raw prices
 * stay, and corporate_actions keeps the fact, so the adjustment can be audited and redone ({@link #reapply}).
 */
public final class CorporateActions {
  /** |factor - 1| at or below this is rounding of the published previous close, not an action. */
  public static final java.math.BigDecimal ROUNDING = new java.math.BigDecimal("0.001");

  // Each candle of the days against the symbol's previous stored candle: within the days' range (from the last
  // stored day before them) the previous row of the symbol, else (a new listing, a suspension) an index lookup.
  // One lookup per candle was 8-20 us each, most of a backfill's time. A previous close equal to the stored one
  // in the same scale is no action: compared before the division, which costs more, and before the rows are kept
  // for the two branches (keeping every candle of a batch, 100,000, was a fifth of the query).
  private static final String DETECT = """
      WITH ranged AS (
        SELECT symbol, day, source, prev_close, adjust_factor, lag(close) OVER w AS p_close,
          lag(adjust_factor) OVER w AS p_adjust, lag(day) OVER w AS p_day
        FROM daily_candles
        WHERE day BETWEEN coalesce((SELECT max(day) FROM daily_candles WHERE day < #{from}), #{from}) AND #{to}
        WINDOW w AS (PARTITION BY symbol ORDER BY day)),
      n AS (SELECT * FROM ranged WHERE day = ANY(#{days}::date[]) AND source = 'bhavcopy' AND prev_close IS NOT NULL
            AND (p_day IS NULL OR prev_close <> p_close OR p_adjust <> adjust_factor)),
      pairs AS (
        SELECT symbol, day, prev_close, adjust_factor, p_close, p_adjust, p_day FROM n WHERE p_day IS NOT NULL
        UNION ALL
        SELECT n.symbol, n.day, n.prev_close, n.adjust_factor, p.close, p.adjust_factor, p.day FROM n
        JOIN LATERAL (SELECT close, adjust_factor, day FROM daily_candles p
                      WHERE p.symbol = n.symbol AND p.day < n.day ORDER BY p.day DESC LIMIT 1) p ON true
        WHERE n.p_day IS NULL)
      SELECT symbol, day, round(prev_close / (p_close * p_adjust / adjust_factor), 12) AS factor, p_day AS prev_day,
        p_close AS prev_raw_close, prev_close
      FROM pairs WHERE (prev_close <> p_close OR p_adjust <> adjust_factor)
        AND abs(prev_close / (p_close * p_adjust / adjust_factor) - 1) > #{rounding}""";
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

  /**
   * The actions the bhavcopies of {@code days} reveal against the stored previous candles, already applied, by
   * day. One query finds them all: an action scales only the candles before its ex-date, in the same ratio for a
   * previous candle and its successor, so applying one never changes what another day reveals (a rename does:
   * {@link MarketDataWriter} checks days with renames one at a time). They are applied in day order.
   */
  static Future<Map<LocalDate, List<CorporateAction>>> detectAndApply(Statements db, List<LocalDate> days) {
    Params p = Params.of("days", days.toArray(LocalDate[]::new)).and("rounding", ROUNDING)
        .and("from", days.stream().min(LocalDate::compareTo).orElseThrow())
        .and("to", days.stream().max(LocalDate::compareTo).orElseThrow());
    return db.list(DETECT, p,
        row -> new Found(new CorporateAction(row.string("symbol"), row.date("day"),
            row.decimal("factor"), CorporateAction.FROM_PREVIOUS_CLOSE),
        new JsonObject().put("prevDay", row.date("prev_day").toString())
            .put("storedClose", row.decimal("prev_raw_close").toPlainString())
            .put("prevClose", row.decimal("prev_close").toPlainString()).encode()))
        .compose(found -> {
          Map<LocalDate, List<Found>> byDay = found.stream().collect(Collectors.groupingBy(f -> f.action().exDate(),
              TreeMap::new, Collectors.toList()));
          Map<LocalDate, List<CorporateAction>> applied = new TreeMap<>();
          days.forEach(day -> applied.put(day, List.of()));
          Future<Void> chain = Future.succeededFuture();
          for (Map.Entry<LocalDate, List<Found>> day : byDay.entrySet()) {
            chain = chain.compose(v -> apply(db, CorporateAction.FROM_PREVIOUS_CLOSE,
                day.getValue().stream().map(Found::action).toList(), day.getValue().stream().map(Found::detail).toList())
                .map(added -> {
                  applied.put(day.getKey(), added);
                  return null;
                }));
          }
          return chain.map(v -> applied);
        });
  }

  /** Records {@code actions} not yet known and scales the earlier candles of each; returns those added. */
  static Future<List<CorporateAction>> apply(Statements db, String source, List<CorporateAction> actions,
      List<String> details) {
    Params p = Params.of("source", source)
        .and("symbols", actions.stream().map(CorporateAction::symbol).toArray(String[]::new))
        .and("exDates", actions.stream().map(CorporateAction::exDate).toArray(LocalDate[]::new))
        .and("factors", SqlArrays.decimal(actions, CorporateAction::factor))
        .and("details", details.toArray(String[]::new));
    return db.list(APPLY, p, row -> new CorporateAction(row.string("symbol"),
        row.date("ex_date"), row.decimal("factor"), source));
  }

  /** Recomputes every adjust factor of {@code symbol} from its recorded actions (after a backfill, an audit). */
  public static Future<Integer> reapply(SqlClient client, String symbol) {
    return Queries.update(client, REAPPLY, Params.of("symbol", symbol));
  }
}
