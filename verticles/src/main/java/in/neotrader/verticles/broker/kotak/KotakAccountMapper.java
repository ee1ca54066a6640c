package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFields.decimal;
import static in.neotrader.verticles.broker.kotak.KotakFields.quantity;
import static in.neotrader.verticles.broker.kotak.KotakFields.text;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerTrade;
import in.neotrader.core.broker.Holding;
import in.neotrader.core.broker.Position;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** Kotak trades, positions, holdings, limits and quotes in neutral terms (KOTAK_NEO §2). */
final class KotakAccountMapper {

  private KotakAccountMapper() {}

  /** Net quantity = (carried + today's buys) - (carried + today's sells); Kotak sends no net field. */
  static List<Position> positions(JsonObject answer) {
    return rows(answer).stream().map(row -> new Position(text(row, "trdSym"),
        quantity(row, "cfBuyQty") + quantity(row, "flBuyQty") - quantity(row, "cfSellQty") - quantity(row, "flSellQty"),
        decimal(row, "cfBuyAmt").add(decimal(row, "buyAmt")),
        decimal(row, "cfSellAmt").add(decimal(row, "sellAmt")))).toList();
  }

  /** One trade-book row per fill: {@code fldQty} of order {@code nOrdNo} at {@code avgPrc}. */
  static List<BrokerTrade> trades(JsonObject answer) {
    return rows(answer).stream()
        .map(row -> new BrokerTrade(text(row, "nOrdNo"), quantity(row, "fldQty"), decimal(row, "avgPrc"))).toList();
  }

  /** Holdings carry JSON numbers, not strings; the symbol is the one Kotak displays. */
  static List<Holding> holdings(JsonObject answer) {
    return rows(answer).stream().map(row -> new Holding(
        text(row, "displaySymbol").isEmpty() ? text(row, "symbol") : text(row, "displaySymbol"),
        quantity(row, "quantity"), decimal(row, "averagePrice"))).toList();
  }

  /** {@code Net} is the cash available for new orders. */
  static BigDecimal funds(JsonObject answer) {
    if (!answer.containsKey("Net")) {
      throw new BrokerException(Code.UNAVAILABLE, "limits: Kotak answered without a Net amount");
    }
    return decimal(answer, "Net");
  }

  static BigDecimal lastPrice(JsonObject answer, String symbol) {
    List<JsonObject> quotes = rows(answer);
    if (quotes.isEmpty() || decimal(quotes.get(0), "ltp").signum() <= 0) {
      throw new BrokerException(Code.NOT_FOUND, "quote: Kotak has no last price for " + symbol);
    }
    return decimal(quotes.get(0), "ltp");
  }

  /** The answer's rows; an answer without {@code data} is unreadable, not empty ("No Data" arrives as an empty array). */
  static List<JsonObject> rows(JsonObject answer) {
    if (!(answer.getValue("data") instanceof JsonArray data)) {
      throw new BrokerException(Code.UNAVAILABLE, "Kotak answered without a data list");
    }
    return data.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }
}
