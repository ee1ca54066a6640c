package in.neotrader.sql.positions;

import in.neotrader.sql.errors.ConstraintErrors;
import in.neotrader.sql.query.JsonRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Many users' position changes in few statements: the changes go in rounds where each (user, symbol) comes once (a
 * second fill of a symbol waits for the next round, so it sees the first), and a round is one statement for its
 * buys and one for its sells, the rows as one array per column. Each is a single atomic statement per row, so
 * concurrent fills cannot lose one.
 */
final class PositionChanges {
  // Relies on the partial unique index of V2: one open cycle per (user, symbol). Prices and fees travel as text:
  // exactly the decimal given. Rows in user order, as every statement writing many users' rows takes its locks.
  private static final String BUYS = """
      INSERT INTO positions AS p (user_id, symbol, exchange, quantity, average_price, fees, opened_at, updated_at)
      SELECT user_id, symbol, exchange, quantity, price::numeric, fees::numeric, at, at
      FROM unnest($1::bigint[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::timestamptz[])
        AS v(user_id, symbol, exchange, quantity, price, fees, at)
      ORDER BY user_id, symbol
      ON CONFLICT (user_id, symbol) WHERE closed_at IS NULL AND legacy_ref IS NULL DO UPDATE SET
        average_price = round((p.average_price * p.quantity + EXCLUDED.average_price * EXCLUDED.quantity)
                              / (p.quantity + EXCLUDED.quantity), 4),
        quantity = p.quantity + EXCLUDED.quantity, fees = p.fees + EXCLUDED.fees, updated_at = EXCLUDED.updated_at
      RETURNING %s""".formatted(PositionRepository.COLUMNS.list());
  // Selling more than is held violates positions_quantity_check and surfaces as InvalidValue. With several open
  // cycles of a symbol (only imported legacy data has them), the oldest is sold first. = ANY(ARRAY(...)) makes the
  // plan find the cycles by primary key.
  private static final String SELLS = """
      WITH v AS (SELECT v.*, (SELECT q.id FROM positions q WHERE q.user_id = v.user_id AND q.symbol = v.symbol
            AND q.closed_at IS NULL ORDER BY q.opened_at, q.id LIMIT 1) AS position_id
        FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
          AS v(user_id, symbol, quantity, price, fees, exit_reason, at))
      UPDATE positions p SET quantity = p.quantity - v.quantity,
        realised_pnl = p.realised_pnl + round((v.price::numeric - p.average_price) * v.quantity, 2),
        fees = p.fees + v.fees::numeric, updated_at = v.at,
        closed_at = CASE WHEN p.quantity = v.quantity THEN v.at END,
        exit_reason = CASE WHEN p.quantity = v.quantity THEN v.exit_reason ELSE p.exit_reason END
      FROM v WHERE p.id = ANY(ARRAY(SELECT position_id FROM v ORDER BY position_id)) AND p.id = v.position_id
      RETURNING %s""".formatted(PositionRepository.COLUMNS.of("p"));

  private record Key(long userId, String symbol) {}

  private PositionChanges() {
  }

  /**
   * The position after each change, in the order given; empty for a sell of a symbol with no open cycle (nothing
   * written for it). One refused row (a sell of more than is held) fails the whole call.
   */
  static Future<List<Optional<Position>>> apply(SqlClient client, List<PositionChange> changes) {
    List<List<Integer>> rounds = new ArrayList<>();
    Map<Key, Integer> seen = new HashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      PositionChange c = changes.get(i);
      int round = seen.merge(new Key(c.userId(), c.symbol()), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(i);
    }
    List<Optional<Position>> after = new ArrayList<>(changes.size());
    changes.forEach(c -> after.add(Optional.empty()));
    Future<Void> done = Future.succeededFuture();
    for (List<Integer> round : rounds) {
      done = done.compose(v -> round(client, changes, round, after));
    }
    return done.map(v -> after);
  }

  private static Future<Void> round(SqlClient client, List<PositionChange> changes, List<Integer> round,
      List<Optional<Position>> after) {
    List<Integer> buys = round.stream().filter(i -> changes.get(i).buy()).toList();
    List<Integer> sells = round.stream().filter(i -> !changes.get(i).buy()).toList();
    // Sent without waiting: the connection pipelines them; their rows are distinct, so their order does not matter.
    Future<Void> bought = buys.isEmpty() ? Future.succeededFuture()
        : client.preparedQuery(BUYS).execute(params(changes, buys, true)).recover(ConstraintErrors::refused)
            .map(rows -> record(rows, changes, buys, after));
    Future<Void> sold = sells.isEmpty() ? Future.succeededFuture()
        : client.preparedQuery(SELLS).execute(params(changes, sells, false)).recover(ConstraintErrors::refused)
            .map(rows -> record(rows, changes, sells, after));
    return Future.all(bought, sold).mapEmpty();
  }

  private static Tuple params(List<PositionChange> changes, List<Integer> rows, boolean buys) {
    int n = rows.size();
    Long[] userIds = new Long[n];
    String[] symbols = new String[n];
    String[] exchanges = new String[n];
    Integer[] quantities = new Integer[n];
    String[] prices = new String[n];
    String[] fees = new String[n];
    String[] exitReasons = new String[n];
    OffsetDateTime[] ats = new OffsetDateTime[n];
    for (int k = 0; k < n; k++) {
      PositionChange c = changes.get(rows.get(k));
      userIds[k] = c.userId();
      symbols[k] = c.symbol();
      exchanges[k] = c.exchange();
      quantities[k] = c.quantity();
      prices[k] = c.price().toPlainString();
      fees[k] = (c.fees() == null ? BigDecimal.ZERO : c.fees()).toPlainString();
      exitReasons[k] = c.exitReason();
      ats[k] = JsonRows.utc(c.at());
    }
    return buys ? Tuple.of(userIds, symbols, exchanges, quantities, prices, fees, ats)
        : Tuple.of(userIds, symbols, quantities, prices, fees, exitReasons, ats);
  }

  private static Void record(RowSet<Row> rows, List<PositionChange> changes, List<Integer> round,
      List<Optional<Position>> after) {
    Map<Key, Position> byKey = new HashMap<>();
    for (Row r : rows) {
      Position p = PositionRepository.position(r);
      byKey.put(new Key(p.userId(), p.symbol()), p);
    }
    for (int i : round) {
      PositionChange c = changes.get(i);
      after.set(i, Optional.ofNullable(byKey.get(new Key(c.userId(), c.symbol()))));
    }
    return null;
  }
}
