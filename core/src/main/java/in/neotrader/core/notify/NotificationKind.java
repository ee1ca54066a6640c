package in.neotrader.core.notify;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a trader can be notified of, and which live event (docs/API.md envelope type and data) is which. One
 * definition for the API's validation, the outbox and the UI.
 */
public enum NotificationKind {
  ORDER_PLACED("order.placed"),
  ORDER_FILLED("order.filled"),
  ORDER_REJECTED("order.rejected"),
  TASK_FAILED("task.failed"),
  BROKER_SESSION("broker.session"),
  KILL_SWITCH("kill-switch.tripped"),
  READINESS("readiness.checked"),
  DAILY_SUMMARY("daily.summary"),
  /** Only the "send test" action makes these. */
  TEST("test");

  private final String code;

  NotificationKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<NotificationKind> byCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** The kind of a live event, when a trader may want to hear of it. */
  public static Optional<NotificationKind> of(String eventType, JsonObject data) {
    return switch (eventType) {
      case "order.placed" -> Optional.of(ORDER_PLACED);
      case "order.filled" -> Optional.of(ORDER_FILLED);
      case "order.updated" -> "REJECTED".equals(data.getString("status")) ? Optional.of(ORDER_REJECTED)
          : Optional.empty();
      case "task.failed" -> Optional.of(TASK_FAILED);
      // "valid" is good news; expired, needs_login and ip_not_registered each need the trader.
      case "broker.session" -> "valid".equals(data.getString("state")) ? Optional.empty()
          : Optional.of(BROKER_SESSION);
      case "kill-switch.tripped" -> Optional.of(KILL_SWITCH);
      case "readiness.checked" -> Optional.of(READINESS);
      case "daily.summary" -> Optional.of(DAILY_SUMMARY);
      default -> Optional.empty();
    };
  }

  /** The one-line text a chat shows. */
  public static String text(String kindCode, JsonObject data) {
    return switch (byCode(kindCode).orElse(TEST)) {
      case ORDER_PLACED -> "Order placed: " + order(data);
      case ORDER_FILLED -> "Order filled: " + order(data);
      case ORDER_REJECTED -> "Order rejected: " + order(data) + " — " + data.getString("statusReason", "");
      case TASK_FAILED -> "Task " + data.getString("task", "?") + " failed: " + data.getString("reason", "");
      case BROKER_SESSION -> "Broker session " + data.getString("state", "?") + ": log in again or check the route";
      case KILL_SWITCH -> "Kill switch tripped: " + data.getString("reason", "");
      case READINESS -> readiness(data);
      case DAILY_SUMMARY -> "Daily summary " + data.getString("tradingDay", "") + ": P&L ₹" + data.getValue("total")
          + " (realised ₹" + data.getValue("realised") + ", unrealised ₹" + data.getValue("unrealised") + "), "
          + data.getValue("openPositions") + " open positions; orders " + orders(data.getJsonObject("orders"));
      case TEST -> "NeoTrader test message: this channel works.";
    };
  }

  private static String readiness(JsonObject d) {
    String day = d.getString("tradingDay", "");
    if (d.getBoolean("ready", false)) {
      return "Ready to trade " + day + ": every pre-open check passed";
    }
    StringBuilder failed = new StringBuilder();
    d.getJsonArray("checks", new JsonArray()).stream().map(JsonObject.class::cast)
        .filter(c -> !c.getBoolean("ok", false))
        .forEach(c -> failed.append(failed.length() == 0 ? "" : "; ").append(c.getString("name")).append(": ")
            .append(c.getString("message", "")));
    return "NOT ready to trade " + day + ": " + failed;
  }

  private static String orders(JsonObject byStatus) {
    if (byStatus == null || byStatus.isEmpty()) {
      return "none";
    }
    StringBuilder all = new StringBuilder();
    byStatus.forEach(e -> all.append(all.length() == 0 ? "" : ", ").append(e.getValue()).append(' ')
        .append(e.getKey().toLowerCase(Locale.ROOT)));
    return all.toString();
  }

  private static String order(JsonObject d) {
    return d.getString("side", "") + " " + d.getValue("quantity", "") + " " + d.getString("symbol", "")
        + (d.getValue("price") == null ? "" : " @ " + d.getValue("price"));
  }
}
