package in.neotrader.core.strategy;

/** The dip rule replayed over past candles; returns in percent. */
public record BacktestResult(int trades, double winRatePct, double totalReturnPct, double buyAndHoldReturnPct) {}
