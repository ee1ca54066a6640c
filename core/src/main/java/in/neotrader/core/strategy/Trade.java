package in.neotrader.core.strategy;

import java.time.LocalDate;

/**
 * One round trip of a backtest: bought on {@code entryDay} at {@code entryPrice} (per share), sold on
 * {@code exitDay} at {@code exitPrice}; {@code open} when the history ended first and the last close stands in.
 */
public record Trade(String symbol, LocalDate entryDay, double entryPrice, LocalDate exitDay, double exitPrice,
    String exitReason, boolean open) {

  public double returnRatio() {
    return exitPrice / entryPrice;
  }

  public boolean won() {
    return exitPrice > entryPrice;
  }
}
