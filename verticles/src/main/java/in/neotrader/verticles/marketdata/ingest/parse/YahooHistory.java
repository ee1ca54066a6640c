package in.neotrader.verticles.marketdata.ingest.parse;

import in.neotrader.core.marketdata.Candle;
import in.neotrader.sql.marketdata.CorporateAction;
import java.util.List;

/** One symbol's chart answer: candles rebuilt to raw (as traded that day) and the split events. */
public record YahooHistory(String symbol, List<Candle> rawCandles, List<CorporateAction> splits) {
}
