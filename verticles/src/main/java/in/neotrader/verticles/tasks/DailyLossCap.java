package in.neotrader.verticles.tasks;

import in.neotrader.sql.pnl.DailyPnl;
import in.neotrader.sql.pnl.DailyPnlRepository;
import in.neotrader.sql.risk.HaltLevel;
import in.neotrader.sql.risk.TradingHalt;
import in.neotrader.sql.risk.TradingHaltRepository;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * The daily loss cap: when today's realised P&L plus the open positions' unrealised P&L reaches minus the cap, the
 * user's own kill switch is set (stored, so it holds until the trader lifts it) and announced. Checked by
 * position_monitor with the prices it reads anyway.
 */
final class DailyLossCap {

  private DailyLossCap() {}

  static Future<Void> check(TaskRun run, BigDecimal unrealised) {
    UserSession s = run.session();
    Optional<BigDecimal> cap = s.config().riskLimits().dailyLossCap();
    if (cap.isEmpty() || s.halts().reason().isPresent()) {
      return Future.succeededFuture();
    }
    return new DailyPnlRepository(s.pool()).list(s.userId(), run.day(), run.day()).compose(days -> {
      BigDecimal realised = days.stream().map(DailyPnl::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal total = realised.add(unrealised);
      if (total.compareTo(cap.get().negate()) > 0) {
        return Future.succeededFuture();
      }
      String reason = "daily loss cap ₹" + plain(cap.get()) + " reached: today's P&L ₹" + plain(total)
          + " (realised ₹" + plain(realised) + ", unrealised ₹" + plain(unrealised) + ")";
      Instant at = s.clock().now();
      TradingHalt halt = new TradingHalt(Optional.of(s.userId()), HaltLevel.USER, reason, false, Optional.empty(), at);
      return new TradingHaltRepository(s.pool()).set(halt.userId(), halt.level(), reason, false, Optional.empty(), at)
          .onSuccess(v -> {
            s.halts().halt(halt.describe());
            JsonObject details = new JsonObject().put("reason", reason).put("level", halt.level().stored());
            run.log(LogLevel.WARN, "kill switch tripped: " + reason, details);
            run.events().add("kill-switch.tripped", at, details);
            run.details().put("killSwitchTripped", reason);
          });
    });
  }

  private static String plain(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
