package in.neotrader.verticles.broker.kotak;

import java.util.Map;
import java.util.Optional;

/**
 * Exchange tokens of NSE cash instruments (scrip master {@code pSymbol}, e.g. RELIANCE-EQ → 2885),
 * which Kotak quotes are keyed by. The scrip master download lives outside this adapter.
 */
@FunctionalInterface
public interface InstrumentTokens {

  /** The token of a trading symbol such as {@code RELIANCE-EQ}. */
  Optional<String> nseToken(String tradingSymbol);

  static InstrumentTokens of(Map<String, String> tokensBySymbol) {
    Map<String, String> copy = Map.copyOf(tokensBySymbol);
    return symbol -> Optional.ofNullable(copy.get(symbol));
  }
}
