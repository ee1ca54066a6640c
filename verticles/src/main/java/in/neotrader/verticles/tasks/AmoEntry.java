package in.neotrader.verticles.tasks;

import in.neotrader.core.instruments.Instrument;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The AMO buy of one symbol: a LIMIT at the account's capped last close, on the instrument's tick, sent to the
 * series the instrument store lists first (EQ, then BE, BL, BZ; TRADING_RULES §5). Never MARKET: Kotak would
 * turn it into a limit of its own choosing (KOTAK_NEO §8.3) and trade-for-trade series refuse it. A symbol the
 * store does not list gets no order: an invented {@code <SYMBOL>-EQ} may be another series' instrument or none.
 */
final class AmoEntry {

  /** Why a recommendation or a queued buy was not placed. */
  static final String NOT_LISTED = "NOT_IN_INSTRUMENT_STORE";

  private AmoEntry() {}

  static Future<Optional<Instrument>> instrument(UserSession s, String symbol) {
    return s.account().instruments().resolve(symbol);
  }

  static OrderRequest request(UserSession s, ClientOrderId id, Instrument instrument, int quantity,
      BigDecimal lastClose) {
    return OrderRequest.amoLimitBuy(id, instrument.tradingSymbol(), quantity,
        s.account().amoLimit().price(lastClose, instrument.tick()));
  }

  /** What the order's metadata keeps of its instrument and price, for the UI and the audit. */
  static JsonObject describe(Instrument instrument, UserSession s) {
    JsonObject about = new JsonObject().put("series", instrument.series())
        .put("tickSize", instrument.tickSize().doubleValue())
        .put("limitCapPct", s.account().amoLimit().capPct().doubleValue());
    instrument.kotakToken().ifPresent(token -> about.put("token", token));
    return about;
  }
}
