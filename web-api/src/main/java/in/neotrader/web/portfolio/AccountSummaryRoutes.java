package in.neotrader.web.portfolio;

import in.neotrader.sql.paper.PaperAccount;
import in.neotrader.sql.paper.PaperAccountRepository;
import in.neotrader.sql.pnl.DailyPnl;
import in.neotrader.sql.pnl.DailyPnlRepository;
import in.neotrader.sql.positions.Position;
import in.neotrader.sql.positions.PositionRepository;
import in.neotrader.sql.settings.UserSettings;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.sql.signals.SignalRepository;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GET /account/summary, the dashboard's account card: cash (the paper account's; a broker account's funds are the
 * broker's to tell), what is invested at cost, the holdings at the last closes with the oldest close's day as
 * {@code pricesAsOf}, realised and unrealised P&L, the last day's P&L and the open positions count. Positions
 * without a close yet are named in {@code unpriced} and left out of the value rather than guessed.
 */
public final class AccountSummaryRoutes {
  private final UserSettingsRepository settings;
  private final PaperAccountRepository paper;
  private final PositionRepository positions;
  private final SignalRepository signals;
  private final DailyPnlRepository pnl;

  public AccountSummaryRoutes(Pool pool) {
    this.settings = new UserSettingsRepository(pool);
    this.paper = new PaperAccountRepository(pool);
    this.positions = new PositionRepository(pool);
    this.signals = new SignalRepository(pool);
    this.pnl = new DailyPnlRepository(pool);
  }

  public void mount(Router user) {
    user.get("/account/summary").handler(this::summary);
  }

  private void summary(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    Future<UserSettings> mode = settings.get(userId);
    Future<Optional<PaperAccount>> account = paper.get(userId);
    Future<List<Position>> held = positions.listAll(userId);
    Future<LastCloses> closes = LastCloses.of(signals, userId);
    Future<Optional<DailyPnl>> lastDay = pnl.latestDay(userId).compose(day -> day.isEmpty()
        ? Future.succeededFuture(Optional.<DailyPnl>empty())
        : pnl.list(userId, day.get(), day.get()).map(rows -> rows.stream().findFirst()));
    Future.all(List.of(mode, account, held, closes, lastDay))
        .map(all -> summary(mode.result(), account.result(), held.result(), closes.result(), lastDay.result()))
        .onSuccess(body -> Replies.ok(ctx, body))
        .onFailure(ctx::fail);
  }

  static JsonObject summary(UserSettings mode, Optional<PaperAccount> account, List<Position> held, LastCloses closes,
      Optional<DailyPnl> lastDay) {
    BigDecimal invested = BigDecimal.ZERO;
    BigDecimal value = BigDecimal.ZERO;
    BigDecimal unrealised = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    LocalDate asOf = null;
    JsonArray unpriced = new JsonArray();
    int open = 0;
    for (Position p : held) {
      realised = realised.add(p.realisedPnl());
      if (!p.open()) {
        continue;
      }
      open++;
      BigDecimal quantity = BigDecimal.valueOf(p.quantity());
      invested = invested.add(p.averagePrice().multiply(quantity));
      Optional<LastCloses.Close> close = closes.of(p.symbol());
      if (close.isEmpty()) {
        unpriced.add(p.symbol());
        continue;
      }
      value = value.add(close.get().price().multiply(quantity));
      unrealised = unrealised.add(close.get().price().subtract(p.averagePrice()).multiply(quantity));
      asOf = asOf == null || close.get().day().isBefore(asOf) ? close.get().day() : asOf;
    }
    return new JsonObject().put("tradeMode", mode.tradeMode().stored())
        .put("cash", account.map(a -> Replies.money(a.availableCash(), 2)).orElse(null))
        .put("initialCapital", account.map(a -> Replies.money(a.initialCapital(), 2)).orElse(null))
        .put("invested", Replies.money(invested, 2)).put("holdingsValue", Replies.money(value, 2))
        .put("unrealisedPnl", Replies.money(unrealised, 2)).put("realisedPnl", Replies.money(realised, 2))
        .put("totalPnl", Replies.money(realised.add(unrealised), 2)).put("openPositions", open)
        .put("unpriced", unpriced).put("pricesAsOf", asOf == null ? null : asOf.toString())
        .put("day", lastDay.map(d -> new JsonObject().put("day", d.day().toString())
            .put("realised", Replies.money(d.realised(), 2)).put("unrealised", Replies.money(d.unrealised(), 2))
            .put("fees", Replies.money(d.fees(), 4))).orElse(null));
  }
}
