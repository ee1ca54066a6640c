package in.neotrader.core.instruments;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/** The instrument store as the order path and the quote sources read it. Symbols are NSE base symbols. */
public interface Instruments {

  /**
   * The instrument an order for {@code symbol} goes to: its series in the legacy's order of preference
   * (EQ, BE, BL, BZ; TRADING_RULES §5) among those listed on the last day the store saw; empty when unknown.
   */
  Future<Optional<Instrument>> resolve(String symbol);

  /** Every listed series of {@code symbol}, in that order of preference. */
  Future<List<Instrument>> series(String symbol);
}
