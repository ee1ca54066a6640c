package in.neotrader.verticles.tasks;

import in.neotrader.core.strategy.Verdict;
import in.neotrader.sql.signals.NewSignal;
import in.neotrader.sql.signals.Signal;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/** Core signals to signal rows and back: the indicators JSON keeps what buy_orders needs to size a buy. */
final class StoredSignals {

  private StoredSignals() {}

  static NewSignal toRow(in.neotrader.core.strategy.Signal s) {
    JsonObject indicators = new JsonObject().put("rsi10", s.rsi10()).put("ema9", s.ema9().doubleValue())
        .put("ema200", s.ema200().doubleValue()).put("averageVolume", s.averageVolume())
        .put("lastVolume", s.lastVolume()).put("backtestTrades", s.backtestTrades());
    return new NewSignal(s.day(), s.symbol(), s.verdict().code(), s.finalVerdict().code(), "success", "analysis",
        decimal(s.strengthScore()), decimal(s.backtestScore()), decimal(s.combinedScore()), s.lastClose(), indicators,
        null);
  }

  static in.neotrader.core.strategy.Signal toSignal(Signal row, LocalDate day) {
    JsonObject i = row.indicators();
    return new in.neotrader.core.strategy.Signal(row.symbol(), day, verdict(row.verdict()), verdict(row.finalVerdict()), 0, 0,
        row.combinedScore().doubleValue(), i.getInteger("backtestTrades", 0), i.getDouble("rsi10", 0.0),
        BigDecimal.valueOf(i.getDouble("ema9", 0.0)), BigDecimal.valueOf(i.getDouble("ema200", 0.0)),
        row.lastClose(), i.getDouble("averageVolume", 0.0), i.getLong("lastVolume", 0L));
  }

  /** A signal as GET /signals shows it. */
  static JsonObject toJson(Signal row) {
    return new JsonObject().put("day", row.day().toString()).put("symbol", row.symbol())
        .put("verdict", row.verdict()).put("finalVerdict", row.finalVerdict())
        .put("combinedScore", row.combinedScore().doubleValue()).put("lastClose", row.lastClose().doubleValue())
        .put("indicators", row.indicators());
  }

  private static Verdict verdict(String code) {
    return Arrays.stream(Verdict.values()).filter(v -> v.code().equals(code)).findFirst().orElse(Verdict.AVOID);
  }

  private static BigDecimal decimal(double v) {
    return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP);
  }
}
