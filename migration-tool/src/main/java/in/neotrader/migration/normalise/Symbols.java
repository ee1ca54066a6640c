package in.neotrader.migration.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** NSE symbol forms: base {@code BAJAJ-AUTO}, broker {@code BAJAJ-AUTO-EQ}, Yahoo {@code BAJAJ-AUTO.NS}. */
public final class Symbols {
  private static final List<String> EXCHANGE_SUFFIXES = List.of(".NS", ".BO");
  private static final List<String> SERIES_SUFFIXES = List.of("-EQ", "-BE", "-BL", "-BZ");

  private Symbols() {
  }

  /**
   * The base symbol, or empty when nothing is left (the broken ticker ".NS"). Only one known suffix
   * is removed, never everything after the first '-', because BAJAJ-AUTO is itself a base symbol.
   */
  public static Optional<String> base(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.trim().toUpperCase(Locale.ROOT);
    for (String suffix : EXCHANGE_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return nonEmpty(s.substring(0, s.length() - suffix.length()));
      }
    }
    for (String suffix : SERIES_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return nonEmpty(s.substring(0, s.length() - suffix.length()));
      }
    }
    return nonEmpty(s);
  }

  /** The broker's trading symbol of a base symbol in the normal equity series. */
  public static String tradingSymbol(String base) {
    return base + "-EQ";
  }

  public static String ticker(String base) {
    return base + ".NS";
  }

  private static Optional<String> nonEmpty(String s) {
    return s.isEmpty() || !s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '_')
        ? Optional.empty() : Optional.of(s);
  }
}
