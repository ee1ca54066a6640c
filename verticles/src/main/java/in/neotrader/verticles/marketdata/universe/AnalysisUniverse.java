package in.neotrader.verticles.marketdata.universe;

import in.neotrader.core.marketdata.Universe;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.watchlist.WatchlistEntry;
import in.neotrader.sql.watchlist.WatchlistRepository;
import in.neotrader.verticles.marketdata.MarketDataUnavailable;
import in.neotrader.verticles.marketdata.StoredMarketData;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one user's analysis screens on the stored candles: the default universe and the user's watchlist,
 * restricted to the symbols with a candle on the store's last day. The others are skipped with the reason,
 * never screened on prices that do not exist.
 */
public final class AnalysisUniverse {

  private final DefaultUniverse defaults;
  private final WatchlistRepository watchlists;
  private final DailyCandleReads candles;

  public AnalysisUniverse(DefaultUniverse defaults, WatchlistRepository watchlists, DailyCandleReads candles) {
    this.defaults = defaults;
    this.watchlists = watchlists;
    this.candles = candles;
  }

  /** Fails with {@link MarketDataUnavailable} on an empty store: the analysis is skipped, not run on nothing. */
  public Future<Universe> of(long userId) {
    return watchlists.list(userId).compose(watched -> candles.lastDay().compose(last -> last.isEmpty()
        ? Future.failedFuture(new MarketDataUnavailable("market data unavailable: " + StoredMarketData.SOURCE
            + " holds no candles yet (run the backfill or the import)"))
        : candles.symbolsOn(last.get()).map(stored -> screenable(watched, new HashSet<>(stored), last.get()))));
  }

  private Universe screenable(List<WatchlistEntry> watched, Set<String> stored, LocalDate lastDay) {
    Set<String> wanted = new TreeSet<>(defaults.symbols());
    watched.forEach(entry -> wanted.add(entry.symbol()));
    String reason = "no candle on " + lastDay + ", the store's last day";
    Map<Boolean, List<String>> held = wanted.stream().collect(Collectors.partitioningBy(stored::contains));
    Map<String, String> skipped = held.get(false).stream().collect(Collectors.toMap(s -> s, s -> reason));
    return new Universe(held.get(true), skipped);
  }
}
