package in.neotrader.verticles.marketdata.quotes;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.marketdata.Candle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quotes from Kotak Neo (KOTAK_NEO §2, MARKET_DATA §3), the broker users' source: many instruments per request
 * ({@code nse_cm|<token>,...}), keyed by the scrip master's token from the instrument store, with the
 * deployment's consumer key only (no TOTP session, not IP-bound). A symbol without a token, a quote without a
 * price or without its exchange time ({@code lstup_time}, epoch seconds) is left out, never guessed.
 */
public final class KotakQuotes implements QuoteSource {
  public static final String NAME = "kotak-quotes";
  private static final Logger LOG = LoggerFactory.getLogger(KotakQuotes.class);
  private static final String PATH = "/script-details/1.0/quotes/neosymbol/";
  private static final int TOKENS_PER_REQUEST = 50;
  private static final long REQUEST_TIMEOUT_MILLIS = 10_000;

  private final WebClient client;
  private final String baseUrl;
  private final String consumerKey;
  private final Instruments instruments;

  public KotakQuotes(Vertx vertx, String baseUrl, String consumerKey, Instruments instruments) {
    this.client = WebClient.create(vertx);
    this.baseUrl = baseUrl;
    this.consumerKey = consumerKey;
    this.instruments = instruments;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Future<Map<String, Quote>> fetch(List<String> symbols) {
    return Future.all(symbols.stream().map(instruments::resolve).toList()).compose(resolved -> {
      Map<String, String> symbolByToken = new HashMap<>();
      for (int i = 0; i < symbols.size(); i++) {
        Optional<Instrument> instrument = resolved.resultAt(i);
        Optional<String> token = instrument.flatMap(Instrument::kotakToken);
        if (token.isPresent()) {
          symbolByToken.put(token.get(), symbols.get(i));
        } else {
          LOG.warn("{}: no scrip-master token for {}", NAME, symbols.get(i));
        }
      }
      List<String> tokens = new ArrayList<>(symbolByToken.keySet());
      List<Future<JsonArray>> requests = new ArrayList<>();
      for (int from = 0; from < tokens.size(); from += TOKENS_PER_REQUEST) {
        requests.add(request(tokens.subList(from, Math.min(tokens.size(), from + TOKENS_PER_REQUEST))));
      }
      return Future.all(requests).map(answers -> {
        Map<String, Quote> quotes = new HashMap<>();
        requests.forEach(answer -> answer.result().stream().filter(JsonObject.class::isInstance)
            .map(JsonObject.class::cast).forEach(row -> {
              String symbol = symbolByToken.get(row.getString("exchange_token", ""));
              if (symbol != null) {
                quote(symbol, row).ifPresent(q -> quotes.put(symbol, q));
              }
            }));
        return quotes;
      });
    });
  }

  private Future<JsonArray> request(List<String> tokens) {
    String instrumentList = String.join(",", tokens.stream().map(t -> "nse_cm|" + t).toList());
    return client.getAbs(baseUrl + PATH + instrumentList + "/all").putHeader("Authorization", consumerKey)
        .putHeader("accept", "application/json").timeout(REQUEST_TIMEOUT_MILLIS).send()
        .compose(response -> response.statusCode() == 200 && response.bodyAsString().trim().startsWith("[")
            ? Future.succeededFuture(response.bodyAsJsonArray())
            : Future.failedFuture(NAME + ": HTTP " + response.statusCode() + " for " + tokens.size() + " instruments"));
  }

  /** One row of the answer; all values are strings, {@code ohlc.close} is the previous close. */
  static Optional<Quote> quote(String symbol, JsonObject row) {
    if (row.getString("lstup_time", "").isBlank() || row.getString("ltp", "").isBlank()) {
      LOG.warn("{}: the quote of {} has no price or no exchange time", NAME, symbol);
      return Optional.empty();
    }
    try {
      BigDecimal last = new BigDecimal(row.getString("ltp"));
      long time = Long.parseLong(row.getString("lstup_time"));
      if (last.signum() <= 0) {
        return Optional.empty();
      }
      Instant tradedAt = time > 100_000_000_000L ? Instant.ofEpochMilli(time) : Instant.ofEpochSecond(time);
      JsonObject ohlc = row.getJsonObject("ohlc", new JsonObject());
      BigDecimal open = price(ohlc, "open", last);
      Candle session = new Candle(tradedAt.atZone(TradingClock.IST).toLocalDate(), open,
          price(ohlc, "high", last).max(last), price(ohlc, "low", last).min(last), last,
          Long.parseLong(row.getString("last_volume", "0")));
      return Optional.of(new Quote(symbol, last, tradedAt, session));
    } catch (NumberFormatException | ClassCastException unreadable) {
      LOG.warn("{}: unreadable quote for {}: {}", NAME, symbol, unreadable.getMessage());
      return Optional.empty();
    }
  }

  private static BigDecimal price(JsonObject ohlc, String field, BigDecimal otherwise) {
    String text = ohlc.getString(field, "");
    return text.isEmpty() || new BigDecimal(text).signum() <= 0 ? otherwise : new BigDecimal(text);
  }
}
