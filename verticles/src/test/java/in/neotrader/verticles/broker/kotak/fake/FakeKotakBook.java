package in.neotrader.verticles.broker.kotak.fake;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fake account behind {@link FakeKotakNeoServer}: today's orders as Kotak order-book rows
 * (every value a string, as Kotak sends them), positions derived from fills, holdings, cash and
 * last prices. Like Kotak's, the books hold one day: at the first use on a new IST day, yesterday's orders leave the
 * book (an unfilled DAY order has expired) except AMOs still waiting for the open, and yesterday's delivery fills
 * move into the holdings. Thread-safe: tests drive it while the server's event loop reads it.
 */
final class FakeKotakBook {

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final DateTimeFormatter ORDER_TIME =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(IST);
  private static final String AMO_STATUS = "after market order req received";
  private static final BigDecimal PROTECTION_BUY = new BigDecimal("1.02");
  private static final BigDecimal PROTECTION_SELL = new BigDecimal("0.98");
  private static final BigDecimal TICK = new BigDecimal("0.05");

  private final Clock clock;
  private final Map<String, JsonObject> orders = new LinkedHashMap<>();
  private final Map<String, JsonObject> holdings = new LinkedHashMap<>();
  private final Map<String, JsonObject> quotes = new LinkedHashMap<>();
  private BigDecimal cash = new BigDecimal("100000.00");
  private long nextOrderNumber = 250720000007242L;
  private LocalDate day;

  FakeKotakBook(Clock clock) {
    this.clock = clock;
  }

  synchronized boolean hasTag(String tag) {
    rollOver();
    return !tag.isEmpty() && orders.values().stream().anyMatch(o -> tag.equals(o.getString("GuiOrdId")));
  }

  /** Books a placement from its jData; {@code rejection} makes it arrive already rejected by RMS. */
  synchronized String place(JsonObject jData, Optional<String> rejection) {
    rollOver();
    String number = Long.toString(nextOrderNumber++);
    boolean amo = "YES".equalsIgnoreCase(jData.getString("am"));
    String status = rejection.isPresent() ? "rejected" : amo ? AMO_STATUS : "open";
    jData = withinProtectionBand(jData);
    JsonObject row = new JsonObject()
        .put("nOrdNo", number).put("ordSt", status).put("stat", status)
        .put("trdSym", jData.getString("ts")).put("sym", jData.getString("ts").replaceAll("-[A-Z0-9]{2}$", ""))
        .put("tok", "").put("exSeg", jData.getString("es")).put("prod", jData.getString("pc"))
        .put("prcTp", jData.getString("pt")).put("trnsTp", jData.getString("tt"))
        .put("qty", jData.getString("qt")).put("fldQty", "0").put("unFldSz", jData.getString("qt")).put("cnlQty", "0")
        .put("prc", price(jData.getString("pr"))).put("avgPrc", "0.00").put("trgPrc", "0.00")
        .put("vldt", jData.getString("rt")).put("rejRsn", rejection.orElse("--")).put("exOrdId", "")
        .put("ordDtTm", ORDER_TIME.format(clock.instant())).put("ordGenTp", amo ? "AMO" : "NA")
        .put("GuiOrdId", jData.getString("ig", "")).put("lotSz", "1").put("tckSz", "0.05");
    orders.put(number, row);
    return number;
  }

  /**
   * Kotak turns an algo MARKET order, AMO included, into a LIMIT 2 % beyond the last price (KOTAK_NEO §8.3); it
   * shows as {@code L} in the book and fills only inside that band. Without a quote it stays MARKET.
   */
  private JsonObject withinProtectionBand(JsonObject jData) {
    Optional<BigDecimal> last = quotes.values().stream()
        .filter(q -> q.getString("display_symbol").equals(jData.getString("ts")))
        .map(q -> new BigDecimal(q.getString("ltp"))).findFirst();
    if (!"MKT".equals(jData.getString("pt")) || last.isEmpty()) {
      return jData;
    }
    BigDecimal band = "B".equals(jData.getString("tt")) ? PROTECTION_BUY : PROTECTION_SELL;
    BigDecimal limit = last.get().multiply(band).divide(TICK, 0, RoundingMode.HALF_UP).multiply(TICK);
    return jData.copy().put("pt", "L").put("pr", limit.toPlainString());
  }

  /** A limit buy fills at its price or below, a limit sell at its price or above; a MARKET order at any. */
  synchronized boolean fillsAt(String number, BigDecimal price) {
    JsonObject row = orders.get(number);
    if (!"L".equals(row.getString("prcTp"))) {
      return true;
    }
    int side = price.compareTo(new BigDecimal(row.getString("prc")));
    return "B".equals(row.getString("trnsTp")) ? side <= 0 : side >= 0;
  }

  synchronized Optional<JsonObject> order(String number) {
    rollOver();
    return Optional.ofNullable(orders.get(number)).map(JsonObject::copy);
  }

  /** Kotak rewrites GuiOrdId after a modify (KOTAK_NEO §8.1); the fake does too. */
  synchronized void modify(String number, JsonObject jData) {
    rollOver();
    JsonObject row = orders.get(number);
    boolean amo = "AMO".equals(row.getString("ordGenTp"));
    row.put("qty", jData.getString("qt")).put("unFldSz", jData.getString("qt")).put("prc", price(jData.getString("pr")))
        .put("prcTp", jData.getString("pt")).put("vldt", jData.getString("vd"))
        .put("GuiOrdId", "M" + number);
    setStatus(row, amo ? AMO_STATUS : "open");
  }

  /** A cancel rewrites GuiOrdId too: only the order number identifies an order for good. */
  synchronized void cancel(String number) {
    rollOver();
    JsonObject row = orders.get(number);
    row.put("cnlQty", row.getString("unFldSz")).put("unFldSz", "0").put("GuiOrdId", "C" + number);
    setStatus(row, "cancelled");
  }

  synchronized List<JsonObject> orderRows() {
    rollOver();
    return orders.values().stream().map(JsonObject::copy).toList();
  }

  /** Fills {@code quantity} more of an order at {@code price}; a full fill completes it. */
  synchronized void fill(String number, int quantity, BigDecimal price) {
    rollOver();
    if (!fillsAt(number, price)) {
      throw new IllegalArgumentException("order " + number + " is a limit at " + orders.get(number).getString("prc")
          + ": it cannot fill at " + price);
    }
    JsonObject row = orders.get(number);
    int ordered = Integer.parseInt(row.getString("qty"));
    int filledBefore = Integer.parseInt(row.getString("fldQty"));
    int filled = Math.min(ordered, filledBefore + quantity);
    BigDecimal average = new BigDecimal(row.getString("avgPrc")).multiply(BigDecimal.valueOf(filledBefore))
        .add(price.multiply(BigDecimal.valueOf(filled - filledBefore)))
        .divide(BigDecimal.valueOf(filled), 2, RoundingMode.HALF_UP);
    row.put("fldQty", Integer.toString(filled)).put("unFldSz", Integer.toString(ordered - filled))
        .put("avgPrc", average.toPlainString());
    setStatus(row, filled == ordered ? "complete" : "open");
  }

  /** Orders that can still fill: not complete, cancelled or rejected. */
  synchronized List<String> liveOrderNumbers() {
    rollOver();
    return orders.values().stream().filter(o -> List.of("open", AMO_STATUS).contains(o.getString("ordSt")))
        .map(o -> o.getString("nOrdNo")).toList();
  }

  /** The trade book: one fill row per order that filled anything (the fake fills an order at one average). */
  synchronized List<JsonObject> tradeRows() {
    rollOver();
    return orders.values().stream().filter(o -> Integer.parseInt(o.getString("fldQty")) > 0)
        .map(o -> new JsonObject().put("nOrdNo", o.getString("nOrdNo")).put("flId", "F" + o.getString("nOrdNo"))
            .put("fldQty", o.getString("fldQty")).put("avgPrc", o.getString("avgPrc")).put("trdSym", o.getString("trdSym"))
            .put("prod", o.getString("prod")).put("trnsTp", o.getString("trnsTp")).put("exOrdId", "").put("rptTp", "fill"))
        .toList();
  }

  /** Today's fills aggregated per symbol, Kotak style: separate buy/sell quantities and amounts, no net field. */
  synchronized List<JsonObject> positionRows() {
    rollOver();
    return todaysPositions();
  }

  private List<JsonObject> todaysPositions() {
    Map<String, JsonObject> bySymbol = new LinkedHashMap<>();
    for (JsonObject order : orders.values()) {
      int filled = Integer.parseInt(order.getString("fldQty"));
      if (filled == 0) {
        continue;
      }
      String side = "B".equals(order.getString("trnsTp")) ? "Buy" : "Sell";
      BigDecimal amount = new BigDecimal(order.getString("avgPrc")).multiply(BigDecimal.valueOf(filled));
      JsonObject row = bySymbol.computeIfAbsent(order.getString("trdSym"), symbol -> new JsonObject()
          .put("trdSym", symbol).put("exSeg", order.getString("exSeg")).put("prod", order.getString("prod"))
          .put("flBuyQty", "0").put("flSellQty", "0").put("cfBuyQty", "0").put("cfSellQty", "0")
          .put("buyAmt", "0.00").put("sellAmt", "0.00").put("cfBuyAmt", "0.00").put("cfSellAmt", "0.00")
          .put("lotSz", "1").put("multiplier", "1").put("genNum", "1").put("genDen", "1")
          .put("prcNum", "1").put("prcDen", "1").put("precision", "2"));
      String qtyField = "fl" + side + "Qty";
      String amountField = side.toLowerCase(Locale.ROOT) + "Amt";
      row.put(qtyField, Integer.toString(Integer.parseInt(row.getString(qtyField)) + filled));
      row.put(amountField, new BigDecimal(row.getString(amountField)).add(amount).setScale(2).toPlainString());
    }
    return new ArrayList<>(bySymbol.values());
  }

  /** Holdings rows carry JSON numbers, unlike every other Kotak answer. */
  synchronized void putHolding(String symbol, int quantity, BigDecimal averagePrice) {
    rollOver();
    holdings.put(symbol, new JsonObject().put("displaySymbol", symbol).put("symbol", symbol)
        .put("quantity", quantity).put("sellableQuantity", quantity).put("averagePrice", averagePrice.doubleValue())
        .put("holdingCost", averagePrice.multiply(BigDecimal.valueOf(quantity)).doubleValue())
        .put("exchangeSegment", "nse_cm").put("instrumentType", "Equity"));
  }

  synchronized JsonArray holdingRows() {
    rollOver();
    return new JsonArray(holdings.values().stream().map(JsonObject::copy).toList());
  }

  synchronized void cash(BigDecimal available) {
    cash = available;
  }

  synchronized JsonObject limits() {
    return new JsonObject().put("Net", cash.setScale(2).toPlainString()).put("MarginUsed", "0.00")
        .put("CollateralValue", "0.00").put("stat", "Ok").put("stCode", 200);
  }

  /** A quote as Kotak sends it, every value a string; last traded now, the session around the price. */
  synchronized void putQuote(String token, String tradingSymbol, BigDecimal lastPrice) {
    String price = lastPrice.toPlainString();
    quotes.put(token, new JsonObject().put("exchange_token", token).put("display_symbol", tradingSymbol)
        .put("exchange", "nse_cm").put("ltp", price).put("last_traded_quantity", "10").put("last_volume", "125000")
        .put("change", "0.00").put("per_change", "0.00").put("lstup_time", Long.toString(clock.instant().getEpochSecond()))
        .put("ohlc", new JsonObject().put("open", price).put("high", price).put("low", price).put("close", price)));
  }

  synchronized Optional<JsonObject> quote(String token) {
    return Optional.ofNullable(quotes.get(token)).map(JsonObject::copy);
  }

  /** The first use on a new IST day closes yesterday's books (see the class comment). */
  private void rollOver() {
    LocalDate today = clock.instant().atZone(IST).toLocalDate();
    LocalDate previous = day;
    day = today;
    if (previous != null && today.isAfter(previous)) {
      todaysPositions().stream().filter(p -> "CNC".equals(p.getString("prod"))).forEach(this::deliver);
      orders.values().removeIf(o -> !AMO_STATUS.equals(o.getString("ordSt")));
    }
  }

  /** A day's net delivery buys (or sells) of one symbol, settled into the holdings at their average cost. */
  private void deliver(JsonObject position) {
    int bought = Integer.parseInt(position.getString("flBuyQty"));
    int net = bought - Integer.parseInt(position.getString("flSellQty"));
    String symbol = position.getString("trdSym").replaceAll("-[A-Z0-9]{2}$", "");
    JsonObject held = holdings.get(symbol);
    int heldQuantity = held == null ? 0 : held.getInteger("quantity");
    BigDecimal heldCost = held == null ? BigDecimal.ZERO : BigDecimal.valueOf(held.getDouble("holdingCost"));
    int quantity = heldQuantity + net;
    if (quantity <= 0) {
      holdings.remove(symbol);
      return;
    }
    BigDecimal cost = net > 0 ? heldCost.add(new BigDecimal(position.getString("buyAmt"))
        .multiply(BigDecimal.valueOf(net)).divide(BigDecimal.valueOf(bought), 2, RoundingMode.HALF_UP))
        : heldCost.multiply(BigDecimal.valueOf(quantity)).divide(BigDecimal.valueOf(heldQuantity), 2, RoundingMode.HALF_UP);
    putHolding(symbol, quantity, cost.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP));
  }

  private static void setStatus(JsonObject row, String status) {
    row.put("ordSt", status).put("stat", status);
  }

  private static String price(String text) {
    return new BigDecimal(text == null || text.isEmpty() ? "0" : text).setScale(2).toPlainString();
  }
}
