package in.neotrader.core.clock;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Reads the {@code CLOCK} operator setting. */
final class ClockSetting {

  private static final String SIMULATED = "simulated:";

  private ClockSetting() {}

  static TradingClock parse(String value) {
    String v = value == null ? "" : value.trim();
    if (v.isEmpty() || v.equalsIgnoreCase("real")) {
      return TradingClock.system();
    }
    if (!v.toLowerCase().startsWith(SIMULATED)) {
      throw invalid(value, "expected 'real' or 'simulated:<factor>[@<start>]'");
    }
    String rest = v.substring(SIMULATED.length());
    int at = rest.indexOf('@');
    String factorText = at < 0 ? rest : rest.substring(0, at);
    double factor;
    try {
      factor = Double.parseDouble(factorText);
    } catch (NumberFormatException e) {
      throw invalid(value, "factor '" + factorText + "' is not a number");
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw invalid(value, "factor must be > 0");
    }
    Instant start = at < 0 ? Instant.now() : parseStart(value, rest.substring(at + 1));
    return new SimulatedClock(start, factor);
  }

  private static Instant parseStart(String value, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException notInstant) {
      try {
        return LocalDateTime.parse(text).atZone(TradingClock.IST).toInstant();
      } catch (DateTimeParseException e) {
        throw invalid(value, "start '" + text + "' is neither an ISO instant nor an IST local date-time");
      }
    }
  }

  private static IllegalArgumentException invalid(String value, String why) {
    return new IllegalArgumentException("CLOCK='" + value + "': " + why);
  }
}
