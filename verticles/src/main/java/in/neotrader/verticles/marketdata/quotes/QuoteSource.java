package in.neotrader.verticles.marketdata.quotes;

import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/** Where live quotes come from (Yahoo chart for paper users, Kotak quotes for broker users). */
public interface QuoteSource {

  /** The name quote errors and skips carry, e.g. {@code yahoo-chart}. */
  String name();

  /**
   * Quotes of {@code symbols} fetched together (as few requests as the source allows); a symbol the source
   * had no quote for is absent from the answer, and the whole future fails when the source cannot be reached.
   */
  Future<Map<String, Quote>> fetch(List<String> symbols);
}
