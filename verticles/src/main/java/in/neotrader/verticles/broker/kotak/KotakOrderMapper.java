package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFields.decimal;
import static in.neotrader.verticles.broker.kotak.KotakFields.number;
import static in.neotrader.verticles.broker.kotak.KotakFields.quantity;
import static in.neotrader.verticles.broker.kotak.KotakFields.text;

import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.OrderModification;
import in.neotrader.core.orders.Exchange;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.orders.OrderType;
import in.neotrader.core.orders.Variety;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Our orders as Kotak jData (KOTAK_NEO §3) and Kotak order-book rows as neutral {@link BrokerOrder}s (§4). */
final class KotakOrderMapper {

  private static final Logger LOG = LoggerFactory.getLogger(KotakOrderMapper.class);
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH);
  private static final String ORDER_SOURCE = "NEOTRADEAPI";

  /** Kotak's open list of statuses; anything else is unknown and must be reconciled, never resent. */
  private static final Map<String, OrderState> STATES = Map.ofEntries(
      Map.entry("put order req received", OrderState.NEW),
      Map.entry("validation pending", OrderState.NEW),
      Map.entry("open pending", OrderState.NEW),
      Map.entry("after market order req received", OrderState.AMO_PENDING),
      Map.entry("modify after market order req received", OrderState.AMO_PENDING),
      Map.entry("open", OrderState.OPEN),
      Map.entry("trigger pending", OrderState.OPEN),
      Map.entry("modified", OrderState.OPEN),
      Map.entry("modify pending", OrderState.OPEN),
      Map.entry("modify validation pending", OrderState.OPEN),
      Map.entry("cancel pending", OrderState.OPEN),
      Map.entry("complete", OrderState.FILLED),
      Map.entry("traded", OrderState.FILLED),
      Map.entry("cancelled", OrderState.CANCELLED),
      Map.entry("cancelled after market order", OrderState.CANCELLED),
      Map.entry("rejected", OrderState.REJECTED));

  private KotakOrderMapper() {}

  /** The place body; our client order id travels in {@code ig} and comes back as {@code GuiOrdId}. */
  static JsonObject placeData(OrderRequest order) {
    return new JsonObject()
        .put("am", order.variety() == Variety.AMO ? "YES" : "NO")
        .put("dq", "0")
        .put("es", segment(order.exchange()))
        .put("mp", "0")
        .put("pc", order.product().name())
        .put("pf", "N")
        .put("pr", number(order.price()))
        .put("pt", order.type() == OrderType.MARKET ? "MKT" : "L")
        .put("qt", Integer.toString(order.quantity()))
        .put("rt", order.validity().name())
        .put("tp", "0")
        .put("ts", order.symbol())
        .put("tt", order.side() == OrderSide.BUY ? "B" : "S")
        .put("ig", order.clientOrderId().value())
        .put("os", ORDER_SOURCE);
  }

  /** The modify body built on the order's current row; validity goes in {@code vd} here, not {@code rt}. */
  static JsonObject modifyData(JsonObject row, OrderModification change) {
    boolean newPrice = change.price() != null;
    return new JsonObject()
        .put("no", text(row, "nOrdNo"))
        .put("pr", newPrice ? number(change.price()) : number(decimal(row, "prc")))
        .put("pt", newPrice ? "L" : text(row, "prcTp"))
        .put("qt", Integer.toString(change.quantity()))
        .put("vd", text(row, "vldt").isEmpty() ? "DAY" : text(row, "vldt"))
        .put("tp", "0")
        .put("dq", "0")
        .put("am", isAmo(row) ? "YES" : "NO")
        .put("mp", "0")
        .put("ts", text(row, "trdSym"))
        .put("es", text(row, "exSeg"))
        .put("tt", text(row, "trnsTp"))
        .put("pc", text(row, "prod"))
        .put("os", ORDER_SOURCE);
  }

  /** Cancelling an AMO needs its symbol and the AMO flag as well. */
  static JsonObject cancelData(JsonObject row) {
    return new JsonObject()
        .put("on", text(row, "nOrdNo"))
        .put("am", isAmo(row) ? "YES" : "NO")
        .put("ts", text(row, "trdSym"));
  }

  static BrokerOrder order(JsonObject row) {
    int ordered = quantity(row, "qty");
    int filled = quantity(row, "fldQty");
    String status = text(row, "ordSt").toLowerCase(Locale.ROOT);
    OrderState state = state(status, ordered, filled);
    String rejection = KotakFields.remark(row, "rejRsn");
    String remark = STATES.containsKey(status) ? rejection : "unknown Kotak status '" + status + "' " + rejection;
    String tag = text(row, "GuiOrdId");
    return new BrokerOrder(text(row, "nOrdNo"), tag.isEmpty() ? Optional.empty() : Optional.of(tag),
        text(row, "trdSym"), "S".equalsIgnoreCase(text(row, "trnsTp")) ? OrderSide.SELL : OrderSide.BUY,
        text(row, "prcTp").startsWith("L") || text(row, "prcTp").equals("SL") ? OrderType.LIMIT : OrderType.MARKET,
        isAmo(row) ? Variety.AMO : Variety.REGULAR, ordered, filled, decimal(row, "prc"), decimal(row, "avgPrc"),
        state, remark.trim(), placedAt(row).orElse(Instant.EPOCH));
  }

  /**
   * The neutral state of a row. Kotak has no partial-fill status, so it is derived from the filled
   * quantity; an unknown status maps to NEW (alive, fate unknown) for the caller to reconcile.
   */
  static OrderState state(String status, int ordered, int filled) {
    OrderState state = STATES.get(status);
    if (state == null) {
      LOG.warn("Unknown Kotak order status '{}': treated as NEW until the book says more", status);
      return OrderState.NEW;
    }
    if (state == OrderState.OPEN && filled > 0 && filled < ordered) {
      return OrderState.PARTIALLY_FILLED;
    }
    return state;
  }

  /** When the order was entered ({@code ordDtTm}, IST), empty when Kotak sent none or an unknown format. */
  static Optional<Instant> placedAt(JsonObject row) {
    String time = text(row, "ordDtTm");
    try {
      return time.isEmpty() ? Optional.empty()
          : Optional.of(LocalDateTime.parse(time, ORDER_TIME).atZone(IST).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static String segment(Exchange exchange) {
    return exchange == Exchange.BSE ? "bse_cm" : "nse_cm";
  }

  private static boolean isAmo(JsonObject row) {
    return "AMO".equalsIgnoreCase(text(row, "ordGenTp")) || text(row, "ordSt").toLowerCase(Locale.ROOT).contains("after market");
  }
}
