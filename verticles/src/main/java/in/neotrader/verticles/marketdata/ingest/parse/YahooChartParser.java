package in.neotrader.verticles.marketdata.ingest.parse;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.marketdata.CorporateAction;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Yahoo chart API answer (MARKET_DATA §2). Its OHLC are already split-adjusted, so each price is
 * multiplied back by the splits after its day (raw, as the bhavcopy has it) and the splits become corporate
 * actions with factor = denominator / numerator (2-for-1: 0.5); the store then applies them. A null element
 * means no trade: the row is skipped, never read as 0.
 */
public final class YahooChartParser {
  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  private YahooChartParser() {
  }

  public static YahooHistory parse(String symbol, String body) throws FileRefused {
    JsonObject chart;
    try {
      chart = new JsonObject(body).getJsonObject("chart");
    } catch (DecodeException | ClassCastException e) {
      throw new FileRefused("yahoo " + symbol + ": not a chart answer (" + e.getMessage() + ")", e);
    }
    if (chart == null) {
      throw new FileRefused("yahoo " + symbol + ": not a chart answer");
    }
    JsonArray results = chart.getJsonArray("result");
    if (results == null || results.isEmpty()) {
      JsonObject error = chart.getJsonObject("error", new JsonObject());
      throw new FileRefused("yahoo " + symbol + ": " + error.getString("code", "no result") + " ("
          + error.getString("description", "") + ")");
    }
    JsonObject result = results.getJsonObject(0);
    List<CorporateAction> splits = splits(symbol, result.getJsonObject("events", new JsonObject()));
    JsonArray times = result.getJsonArray("timestamp", new JsonArray());
    JsonObject quote = result.getJsonObject("indicators").getJsonArray("quote").getJsonObject(0);
    List<Candle> candles = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      Number o = number(quote, "open", i);
      Number h = number(quote, "high", i);
      Number l = number(quote, "low", i);
      Number c = number(quote, "close", i);
      Number v = number(quote, "volume", i);
      if (o == null || h == null || l == null || c == null || v == null || c.doubleValue() <= 0) {
        continue;
      }
      LocalDate day = day(times.getLong(i));
      BigDecimal toRaw = BigDecimal.ONE;
      for (CorporateAction s : splits) {
        if (s.exDate().isAfter(day)) {
          toRaw = toRaw.divide(s.factor(), PRECISION);
        }
      }
      candles.add(new Candle(day, raw(o, toRaw), raw(h, toRaw), raw(l, toRaw), raw(c, toRaw),
          new BigDecimal(v.toString()).divide(toRaw, PRECISION).setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }
    return new YahooHistory(symbol, candles, splits);
  }

  private static List<CorporateAction> splits(String symbol, JsonObject events) {
    JsonObject splits = events.getJsonObject("splits", new JsonObject());
    List<CorporateAction> out = new ArrayList<>();
    for (String key : splits.fieldNames()) {
      JsonObject s = splits.getJsonObject(key);
      BigDecimal factor = new BigDecimal(s.getValue("denominator").toString())
          .divide(new BigDecimal(s.getValue("numerator").toString()), PRECISION).setScale(12, RoundingMode.HALF_EVEN);
      out.add(new CorporateAction(symbol, day(s.getLong("date")), factor, CorporateAction.FROM_YAHOO_SPLIT));
    }
    out.sort(Comparator.comparing(CorporateAction::exDate));
    return out;
  }

  private static Number number(JsonObject quote, String field, int i) {
    JsonArray values = quote.getJsonArray(field);
    return values == null || i >= values.size() ? null : (Number) values.getValue(i);
  }

  private static BigDecimal raw(Number yahoo, BigDecimal toRaw) {
    return new BigDecimal(yahoo.toString()).multiply(toRaw, PRECISION).setScale(4, RoundingMode.HALF_UP);
  }

  private static LocalDate day(long epochSeconds) {
    return Instant.ofEpochSecond(epochSeconds).atZone(TradingClock.IST).toLocalDate();
  }
}
