package in.neotrader.verticles.tasks;

import in.neotrader.sql.orders.Order;
import in.neotrader.sql.orders.OrderRepository;
import in.neotrader.sql.orders.QueuedBuy;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.sql.settings.BrokerAddresses;
import in.neotrader.sql.settings.BrokerSessionState;
import in.neotrader.sql.settings.UserSettings;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * readiness_check (08:45): before the first order of the day, asks whether the day can be traded: a trading day,
 * the broker answering with funds, those funds covering the buys already pending (the retries due at 09:00 are
 * reported beside them),
 * (live) Kotak seeing the registered address, the previous session's prices in the store, and no kill switch.
 * It never trades; a failed check is reported (dashboard, readiness.checked event) and does not fail the run.
 */
public final class ReadinessCheck implements TaskRunner {

  /** One line of the verdict. */
  record Check(String name, boolean ok, String message) {
    JsonObject json() {
      return new JsonObject().put("name", name).put("ok", ok).put("message", message);
    }
  }

  @Override
  public Future<Void> run(TaskRun run) {
    UserSession s = run.session();
    Check tradingDay = s.calendar().isTradingDay(run.day())
        ? new Check("trading day", true, run.day() + " is an NSE trading day")
        : new Check("trading day", false, run.day() + " is not an NSE trading day");
    Future<List<Check>> brokerAndFunds = brokerAndFunds(s);
    Future<Check> egress = egress(s);
    Future<Check> marketData = marketData(s, run.day());
    Future<Check> killSwitch = s.halts().refresh().map(halt -> halt.map(why -> new Check("kill switch", false, why))
        .orElse(new Check("kill switch", true, "no kill switch is set")));
    return Future.all(brokerAndFunds, egress, marketData, killSwitch).map(all -> {
      JsonArray checks = new JsonArray().add(tradingDay.json());
      brokerAndFunds.result().forEach(c -> checks.add(c.json()));
      checks.add(egress.result().json()).add(marketData.result().json()).add(killSwitch.result().json());
      boolean ready = checks.stream().map(JsonObject.class::cast).allMatch(c -> c.getBoolean("ok"));
      JsonObject verdict = new JsonObject().put("tradingDay", run.day().toString()).put("ready", ready)
          .put("checks", checks);
      run.details().put("ready", ready).put("checks", checks.copy());
      run.log(ready ? LogLevel.INFO : LogLevel.WARN, ready ? "ready to trade" : "NOT ready to trade: "
          + failed(checks), verdict);
      run.events().add("readiness.checked", run.now(), verdict);
      return null;
    });
  }

  /** The broker answers (for Kotak: the session logs in) and its funds cover pending buys and due retries. */
  private static Future<List<Check>> brokerAndFunds(UserSession s) {
    Future<BigDecimal> funds = s.account().broker().funds();
    Future<List<Order>> open = new OrderRepository(s.pool()).listNonTerminal(s.userId());
    Future<List<QueuedBuy>> queued = new BuyRetryQueue(s).live();
    return Future.all(funds, open, queued).map(all -> {
      BigDecimal reserved = s.account().fundsExcludePendingBuys() ? BigDecimal.ZERO
          : BuyingPower.reservedBy(open.result());
      BigDecimal retries = queued.result().stream().filter(q -> q.close() != null)
          .map(q -> BuyingPower.required(q.close(), q.quantity())).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal free = funds.result().subtract(reserved);
      // A retry that does not fit stays queued (TRADING_RULES §8): worth saying, not a reason to stop the day.
      String sums = "₹" + rupees(funds.result()) + " available, pending buys take ₹" + rupees(reserved)
          + (retries.signum() == 0 ? "" : ", queued retries need ₹" + rupees(retries)
              + (free.compareTo(retries) >= 0 ? "" : " (those that do not fit stay queued)"));
      return List.of(new Check("broker", true, "the broker answers; ₹" + rupees(funds.result()) + " available"),
          new Check("funds", free.signum() >= 0, sums));
    }).recover(refused -> Future.succeededFuture(List.of(
        new Check("broker", false, Objects.requireNonNullElse(refused.getMessage(), refused.toString())),
        new Check("funds", false, "unknown: the broker did not answer"))));
  }

  /** Live only: the address Kotak saw at the last login is the one registered with it (KOTAK_NEO §10). */
  private static Future<Check> egress(UserSession s) {
    if ("paper".equals(s.account().source())) {
      return Future.succeededFuture(new Check("egress address", true, "paper trading: no broker route"));
    }
    return new UserSettingsRepository(s.pool()).get(s.userId()).map(ReadinessCheck::egress);
  }

  private static Check egress(UserSettings settings) {
    BrokerAddresses a = settings.addresses();
    if (settings.sessionState() == BrokerSessionState.IP_NOT_REGISTERED || a.mismatch()) {
      return new Check("egress address", false, "Kotak sees " + a.seen().orElse("another address")
          + " but the registered address is " + a.registered().orElse("not given") + ": orders will be refused");
    }
    if (a.seen().isEmpty()) {
      return new Check("egress address", true, "Kotak has not said which address it sees yet");
    }
    return new Check("egress address", true, "Kotak sees " + a.seen().get()
        + a.registered().map(r -> ", the registered address").orElse(""));
  }

  /** The previous session's candle is in the store, for the first symbol the user screens. */
  private static Future<Check> marketData(UserSession s, LocalDate today) {
    LocalDate previous = s.calendar().previousTradingDay(today);
    return s.account().marketData().universe(s.userId()).compose(universe -> {
      if (universe.symbols().isEmpty()) {
        return Future.succeededFuture(new Check("market data", false, "no symbol to screen"));
      }
      String symbol = universe.symbols().get(0);
      return s.account().marketData().dailyCandles(symbol, previous, 1).map(candles -> {
        LocalDate last = candles.isEmpty() ? null : candles.get(candles.size() - 1).day();
        return previous.equals(last)
            ? new Check("market data", true, "prices of " + previous + " are in (" + symbol + ")")
            : new Check("market data", false, "the last prices of " + symbol + " are of " + last + ", not "
                + previous);
      });
    }).recover(e -> Future.succeededFuture(new Check("market data", false,
        Objects.requireNonNullElse(e.getMessage(), e.toString()))));
  }

  private static String failed(JsonArray checks) {
    StringBuilder out = new StringBuilder();
    checks.stream().map(JsonObject.class::cast).filter(c -> !c.getBoolean("ok")).forEach(c -> out
        .append(out.length() == 0 ? "" : "; ").append(c.getString("name")).append(": ").append(c.getString("message")));
    return out.toString();
  }

  private static String rupees(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
