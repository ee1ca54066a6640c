package in.neotrader.sql.watchlist;

import java.time.Instant;

/** One symbol of a trader's watchlist and when it was added. */
public record WatchlistEntry(String symbol, Instant addedAt) {
}
