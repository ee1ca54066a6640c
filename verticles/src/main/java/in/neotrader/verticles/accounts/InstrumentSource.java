package in.neotrader.verticles.accounts;

import in.neotrader.core.instruments.Instruments;
import in.neotrader.core.instruments.SimulatedInstruments;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.sql.marketdata.StoredInstruments;
import in.neotrader.verticles.marketdata.MarketDataChoice;
import java.util.function.LongPredicate;

/**
 * The instruments a user's orders go to, chosen with the user's prices: a user on simulated prices (the demo)
 * trades the simulated universe; everyone else, broker users always, the instrument store.
 */
@FunctionalInterface
public interface InstrumentSource {

  /** The instrument store (bhavcopy and Kotak scrip master): real trading symbols, tokens and ticks. */
  InstrumentSource STORED = (request, marketData) -> new StoredInstruments(request.pool());

  /** The symbols of the user's simulated market data, priced on the user's clock. */
  InstrumentSource SIMULATED = (request, marketData) -> new SimulatedInstruments(marketData, request.clock(),
      request.userId());

  Instruments open(AccountRequest request, MarketData marketData);

  /** The source that goes with each user's prices: simulated ones on a simulated clock (the demo). */
  static InstrumentSource of(LongPredicate simulatedClock, String tradeMode) {
    return (request, marketData) -> (MarketDataChoice.forUser(simulatedClock.test(request.userId()), tradeMode)
        == MarketDataChoice.SIMULATED ? SIMULATED : STORED).open(request, marketData);
  }
}
