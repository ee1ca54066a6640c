package in.neotrader.verticles.orders;

import in.neotrader.core.paper.PaperCharges;
import in.neotrader.sql.orders.FillRepository;
import in.neotrader.sql.orders.NewFill;
import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.UserOrderMoves;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.pnl.DailyPnlLedger;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionChange;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.query.Coalescer;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Books many users' moves with fills in one transaction: the moves in one statement (fenced, each user by its own
 * lease), then the fills in one, the positions in a statement or two per round of distinct symbols, the paper cash
 * and the day's P&L in one each. While one such transaction runs, the next users' bookings wait and go together
 * ({@link Coalescer}): the 09:15 open costs a transaction per few hundred users, not one each. A user whose lease is
 * lost writes nothing and the others are booked; a transaction one booking makes fail (a refused row) is run again
 * user by user, so only that user's fails.
 */
final class FillTransactions {
  /** Moves in one transaction: one statement's worth ({@code OrderMoves}). */
  private static final int MAX_MOVES = 1_000;
  private static final int MAX_USERS = 500;
  private static final int MAX_IN_FLIGHT = 2;
  /** Scales of paper_accounts.available_cash, of the realised P&L columns and of daily_pnl.fees. */
  private static final int CASH_SCALE = 4;
  private static final int PNL_SCALE = 2;
  private static final int FEES_SCALE = 4;

  /** One user's moves, with what they fill: {@code at} and {@code day} on the user's own clock. */
  record UserBookings(UserOrderMoves moves, List<FillBooking.Booking> bookings, LocalDate day) {}

  /**
   * The ids of the orders that moved; those orders as stored after their move where they were read back (empty
   * where only the ids were asked for); the position after each booking's fill, by index.
   */
  record Booked(Set<Long> movedIds, Map<Long, Order> moved, Map<Integer, Position> positions) {
    static Booked of(Map<Long, Order> moved, Map<Integer, Position> positions) {
      return new Booked(moved.keySet(), moved, positions);
    }
  }

  private record NewlyFilled(int user, int index, Order order, int quantity, BigDecimal price, BigDecimal charges,
      boolean buy, boolean paper) {}

  private static final Map<Pool, Coalescer<UserBookings, Booked>> BY_POOL =
      Collections.synchronizedMap(new WeakHashMap<>());

  private FillTransactions() {
  }

  /** Fails with {@code LeaseLost} (nothing written) when the user's lease is not held at the moves' epoch. */
  static Future<Booked> book(Pool pool, UserBookings bookings) {
    return BY_POOL.computeIfAbsent(pool, p -> new Coalescer<>(batch -> bookTogether(p, batch), MAX_USERS, MAX_IN_FLIGHT))
        .submit(bookings);
  }

  /** Users' bookings in the fewest transactions: an answer per user, in order. */
  static Future<List<Future<Booked>>> bookTogether(Pool pool, List<UserBookings> batch) {
    return Coalescer.inStatements(batch, FillTransactions::fits, users -> Coalescer.orEachAlone(
        transaction(pool, users), users, u -> transaction(pool, List.of(u)).compose(answers -> answers.get(0))));
  }

  /** Each user once in a transaction (its cash and P&L one row each), the moves within one statement. */
  private static boolean fits(List<UserBookings> transaction, UserBookings user) {
    int moves = transaction.stream().mapToInt(u -> u.bookings().size()).sum();
    return moves + user.bookings().size() <= MAX_MOVES
        && transaction.stream().noneMatch(u -> u.moves().userId() == user.moves().userId());
  }

  private static Future<List<Future<Booked>>> transaction(Pool pool, List<UserBookings> users) {
    return pool.withTransaction(conn -> new OrderRepository(conn)
        .updateStatusForUsers(users.stream().map(UserBookings::moves).toList())
        .compose(moved -> bookFills(conn, users, moved)));
  }

  private static Future<List<Future<Booked>>> bookFills(SqlConnection conn, List<UserBookings> users,
      List<Future<Map<Long, Order>>> moved) {
    List<NewlyFilled> filled = new ArrayList<>();
    for (int u = 0; u < users.size(); u++) {
      if (moved.get(u).succeeded()) {
        filled.addAll(newlyFilled(u, users.get(u).bookings(), moved.get(u).result().keySet()));
      }
    }
    List<Map<Integer, Position>> positions = new ArrayList<>();
    users.forEach(u -> positions.add(new HashMap<>()));
    if (filled.isEmpty()) {
      return Future.succeededFuture(answers(moved, positions));
    }
    List<FillRepository.OwnedFill> fills = new ArrayList<>(filled.size());
    List<PositionChange> changes = new ArrayList<>(filled.size());
    for (NewlyFilled f : filled) {
      UserOrderMoves m = users.get(f.user()).moves();
      Order o = f.order();
      fills.add(new FillRepository.OwnedFill(m.userId(),
          new NewFill(o.id(), f.quantity(), f.price(), f.charges(), m.at(), null, null)));
      changes.add(f.buy() ? PositionChange.buy(m.userId(), o.symbol(), o.exchange(), f.quantity(), f.price(),
          f.charges(), m.at())
          : PositionChange.sell(m.userId(), o.symbol(), f.quantity(), f.price(), f.charges(),
              FillBooking.exitReason(o.task()), m.at()));
    }
    // Sent without waiting: the connection pipelines them and PostgreSQL runs them in this order.
    Future<Void> written = new FillRepository(conn).insertForUsers(fills);
    Future<List<Optional<Position>>> after = new PositionRepository(conn).applyAll(changes);
    return Future.all(written, after).compose(v -> {
      // A sell leaves the average price as it was: the row after it gives the P&L of this fill.
      List<BigDecimal> realised = new ArrayList<>(filled.size());
      for (int k = 0; k < filled.size(); k++) {
        NewlyFilled f = filled.get(k);
        Optional<Position> p = after.result().get(k);
        p.ifPresent(position -> positions.get(f.user()).put(f.index(), position));
        realised.add(f.buy() ? BigDecimal.ZERO : realisedPnl(p, f.price(), f.quantity()));
      }
      return bookCashAndPnl(conn, users, filled, realised).map(answers(moved, positions));
    });
  }

  /**
   * One update each for the users' cash and day's P&L: the sum of a user's fills' deltas, each rounded to the
   * column's scale first, is what adding them one by one would store.
   */
  private static Future<Void> bookCashAndPnl(SqlConnection conn, List<UserBookings> users, List<NewlyFilled> filled,
      List<BigDecimal> realised) {
    int n = users.size();
    BigDecimal[] cash = new BigDecimal[n];
    BigDecimal[] paperRealised = new BigDecimal[n];
    BigDecimal[] dayRealised = new BigDecimal[n];
    BigDecimal[] dayFees = new BigDecimal[n];
    for (int k = 0; k < filled.size(); k++) {
      NewlyFilled f = filled.get(k);
      int u = f.user();
      BigDecimal value = f.price().multiply(BigDecimal.valueOf(f.quantity()));
      BigDecimal pnl = realised.get(k).setScale(PNL_SCALE, RoundingMode.HALF_UP);
      if (f.paper()) {
        BigDecimal cashDelta = f.buy() ? value.add(f.charges()).negate() : value.subtract(f.charges());
        cash[u] = add(cash[u], cashDelta.setScale(CASH_SCALE, RoundingMode.HALF_UP));
        paperRealised[u] = add(paperRealised[u], pnl);
      }
      dayRealised[u] = add(dayRealised[u], pnl);
      dayFees[u] = add(dayFees[u], f.charges().setScale(FEES_SCALE, RoundingMode.HALF_UP));
    }
    List<PaperAccountRepository.CashBooking> accounts = new ArrayList<>();
    List<DailyPnlLedger.DayBooking> days = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      UserOrderMoves m = users.get(u).moves();
      if (cash[u] != null) {
        accounts.add(new PaperAccountRepository.CashBooking(m.userId(), cash[u], paperRealised[u], m.at()));
      }
      if (dayRealised[u] != null) {
        days.add(new DailyPnlLedger.DayBooking(m.userId(), users.get(u).day(), dayRealised[u], dayFees[u], m.at()));
      }
    }
    Future<?> paper = accounts.isEmpty() ? Future.succeededFuture()
        : new PaperAccountRepository(conn).bookForUsers(accounts);
    return Future.all(paper, new DailyPnlLedger(conn).addForUsers(days)).mapEmpty();
  }

  private static List<NewlyFilled> newlyFilled(int user, List<FillBooking.Booking> bookings, Set<Long> moved) {
    List<NewlyFilled> filled = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      FillBooking.Booking b = bookings.get(i);
      int quantity = b.move().filledQuantity() - b.order().filledQuantity();
      if (!moved.contains(b.order().id()) || quantity <= 0) {
        continue;
      }
      BigDecimal price = FillBooking.newFillPrice(b.order(), b.move());
      boolean buy = "BUY".equals(b.order().side());
      boolean paper = "paper".equals(b.order().source());
      BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
      BigDecimal charges = !paper ? BigDecimal.ZERO : buy ? PaperCharges.buy(value) : PaperCharges.sell(value);
      filled.add(new NewlyFilled(user, i, b.order(), quantity, price, charges, buy, paper));
    }
    return filled;
  }

  private static List<Future<Booked>> answers(List<Future<Map<Long, Order>>> moved,
      List<Map<Integer, Position>> positions) {
    List<Future<Booked>> answers = new ArrayList<>(moved.size());
    for (int u = 0; u < moved.size(); u++) {
      Future<Map<Long, Order>> m = moved.get(u);
      answers.add(m.failed() ? Future.failedFuture(m.cause())
          : Future.succeededFuture(Booked.of(m.result(), positions.get(u))));
    }
    return answers;
  }

  private static BigDecimal realisedPnl(Optional<Position> position, BigDecimal price, int quantity) {
    return position.map(p -> price.subtract(p.averagePrice()).multiply(BigDecimal.valueOf(quantity))
        .setScale(2, RoundingMode.HALF_UP)).orElse(BigDecimal.ZERO);
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal term) {
    return sum == null ? term : sum.add(term);
  }
}
