package in.neotrader.core.instruments;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.sizing.TickSize;
import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * The instruments of a simulated universe (the demo, paper trading on a simulated clock): every symbol the
 * simulated market data lists is one EQ instrument whose tick is the NSE band of its current simulated price,
 * the grid the simulation itself prices on. Symbols outside that universe are unknown, as in the store.
 */
public final class SimulatedInstruments implements Instruments {

  private static final TickSize BANDS = TickSize.nse();

  private final MarketData marketData;
  private final TradingClock clock;
  private final long userId;

  public SimulatedInstruments(MarketData marketData, TradingClock clock, long userId) {
    this.marketData = marketData;
    this.clock = clock;
    this.userId = userId;
  }

  @Override
  public Future<Optional<Instrument>> resolve(String symbol) {
    return series(symbol).map(list -> list.stream().findFirst());
  }

  @Override
  public Future<List<Instrument>> series(String symbol) {
    return marketData.universe(userId).compose(universe -> !universe.symbols().contains(symbol)
        ? Future.succeededFuture(List.of())
        : marketData.lastPrice(symbol, clock.now()).map(price -> List.of(new Instrument(symbol, "EQ",
            Optional.empty(), Optional.empty(), Optional.empty(), BANDS.tickFor(price), 1))));
  }
}
