package in.neotrader.sql.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchlistRepositoryTest extends DatabaseTest {
  private static final Instant MONDAY = Instant.parse("2025-01-06T03:45:00Z");
  private static final Instant TUESDAY = Instant.parse("2025-01-07T03:45:00Z");

  @Test
  void aReplacementKeepsTheSymbolsStillListedWithTheirDayAndDropsTheOthers() {
    WatchlistRepository watchlists = new WatchlistRepository(pool);
    long user = newUser();
    await(watchlists.replace(user, List.of("SBIN", "M&M"), MONDAY));

    List<WatchlistEntry> tuesday = await(watchlists.replace(user, List.of("TCS", "SBIN"), TUESDAY));

    assertThat(tuesday).containsExactly(new WatchlistEntry("SBIN", MONDAY), new WatchlistEntry("TCS", TUESDAY));
    assertThat(await(watchlists.replace(user, List.of(), TUESDAY))).isEmpty();
  }

  @Test
  void eachUserSeesAndRemovesOnlyTheirOwnSymbols() {
    WatchlistRepository watchlists = new WatchlistRepository(pool);
    long mine = newUser();
    long theirs = newUser();
    await(watchlists.replace(mine, List.of("SBIN"), MONDAY));
    await(watchlists.replace(theirs, List.of("ITC", "SBIN"), MONDAY));

    assertThat(await(watchlists.remove(mine, "ITC"))).isFalse();
    assertThat(await(watchlists.remove(mine, "SBIN"))).isTrue();

    assertThat(await(watchlists.list(mine))).isEmpty();
    assertThat(await(watchlists.list(theirs))).extracting(WatchlistEntry::symbol).containsExactly("ITC", "SBIN");
  }
}
