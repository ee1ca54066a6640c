package in.neotrader.core.marketdata;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The symbols one user's analysis screens, and those it was asked to screen but leaves out, each with the
 * reason (a symbol without data is skipped, never given invented prices).
 */
public record Universe(List<String> symbols, Map<String, String> skipped) {

  public Universe {
    symbols = List.copyOf(symbols);
    skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  /** Every symbol screened, none skipped. */
  public static Universe of(List<String> symbols) {
    return new Universe(symbols, Map.of());
  }
}
