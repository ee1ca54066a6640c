package in.neotrader.migration.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.legacy.LegacyJson;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order about to be written. Mutable on purpose: a pending-orders row that is the same broker
 * order as a trade's buy or sell is merged into it (one order, two legacy records).
 */
public final class PlannedOrder {
  public String legacyRef;
  public String brokerOrderId;
  public String symbol;
  public String tradingSymbol;
  public String side;
  public int quantity;
  public int filledQuantity;
  public BigDecimal price;
  public BigDecimal averageFillPrice;
  public String orderType = "MARKET";
  public String variety = "REGULAR";
  public String product = "CNC";
  public String validity = "DAY";
  public String exchange = "NSE";
  public String status;
  public String statusReason;
  public Instant placedAt;
  public Instant filledAt;
  public Instant closedAt;
  /** Indicators, retry-queue fields and other legacy facts without a column. */
  public final ObjectNode metadata = LegacyJson.object();
  /** Section name (e.g. "trades", "pending_orders") -> the original legacy record, for the export. */
  public final ObjectNode legacy = LegacyJson.object();
  /** Set by the writer. */
  public long id;

  public PlannedOrder(String legacyRef) {
    this.legacyRef = legacyRef;
  }
}
