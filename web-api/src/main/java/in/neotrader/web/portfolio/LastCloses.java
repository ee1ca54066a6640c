package in.neotrader.web.portfolio;

import in.neotrader.sql.signals.Signal;
import in.neotrader.sql.signals.SignalRepository;
import io.vertx.core.Future;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The price the pages value positions at: each symbol's last close as the latest analysis saw it, with that day, so
 * a figure can say how old it is ("prices as of").
 */
final class LastCloses {
  private static final int LOOKBACK_SIGNALS = 500;

  record Close(BigDecimal price, LocalDate day) {}

  private final Map<String, Close> bySymbol;

  private LastCloses(Map<String, Close> bySymbol) {
    this.bySymbol = bySymbol;
  }

  static Future<LastCloses> of(SignalRepository signals, long userId) {
    return signals.listRecent(userId, LOOKBACK_SIGNALS).map(recent -> {
      Map<String, Close> latest = new HashMap<>();
      // Newest first: the first signal of a symbol holds its latest close.
      for (Signal s : recent) {
        if (s.lastClose() != null) {
          latest.putIfAbsent(s.symbol(), new Close(s.lastClose(), s.day()));
        }
      }
      return new LastCloses(latest);
    });
  }

  Optional<Close> of(String symbol) {
    return Optional.ofNullable(bySymbol.get(symbol));
  }

  BigDecimal priceOf(String symbol) {
    return of(symbol).map(Close::price).orElse(null);
  }
}
