package in.neotrader.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Which live events a trader can be told of, and the one line a Telegram chat shows for each. */
class NotificationKindTest {

  @Test
  void eventsMapToTheirKindsAndGoodNewsOfTheSessionIsNotSent() {
    assertThat(NotificationKind.of("readiness.checked", new JsonObject())).contains(NotificationKind.READINESS);
    assertThat(NotificationKind.of("daily.summary", new JsonObject())).contains(NotificationKind.DAILY_SUMMARY);
    assertThat(NotificationKind.of("order.updated", new JsonObject().put("status", "REJECTED")))
        .contains(NotificationKind.ORDER_REJECTED);
    assertThat(NotificationKind.of("order.updated", new JsonObject().put("status", "OPEN"))).isEmpty();
    assertThat(NotificationKind.of("broker.session", new JsonObject().put("state", "valid"))).isEmpty();
    assertThat(NotificationKind.of("service.heartbeat", new JsonObject())).isEmpty();
  }

  @Test
  void aReadinessLineNamesEachFailedCheckWithItsReason() {
    JsonArray checks = new JsonArray()
        .add(new JsonObject().put("name", "broker").put("ok", false).put("message", "UNAVAILABLE: down"))
        .add(new JsonObject().put("name", "funds").put("ok", true).put("message", "₹10.00 available"))
        .add(new JsonObject().put("name", "kill switch").put("ok", false).put("message", "set by you"));
    String notReady = NotificationKind.text("readiness.checked", new JsonObject().put("tradingDay", "2025-12-23")
        .put("ready", false).put("checks", checks));
    assertThat(notReady).isEqualTo("NOT ready to trade 2025-12-23: broker: UNAVAILABLE: down; kill switch: set by you");
    assertThat(NotificationKind.text("readiness.checked", new JsonObject().put("tradingDay", "2025-12-23")
        .put("ready", true).put("checks", new JsonArray())))
        .isEqualTo("Ready to trade 2025-12-23: every pre-open check passed");
  }

  @Test
  void theDailySummaryLineGivesPnlPositionsAndOrdersByState() {
    JsonObject summary = new JsonObject().put("tradingDay", "2025-12-23").put("realised", 120.5)
        .put("unrealised", -20.25).put("total", 100.25).put("openPositions", 3)
        .put("orders", new JsonObject().put("FILLED", 2).put("REJECTED", 1));
    assertThat(NotificationKind.text("daily.summary", summary)).isEqualTo("Daily summary 2025-12-23: P&L ₹100.25 "
        + "(realised ₹120.5, unrealised ₹-20.25), 3 open positions; orders 2 filled, 1 rejected");
    assertThat(NotificationKind.text("daily.summary", summary.put("orders", new JsonObject())))
        .endsWith("orders none");
  }
}
