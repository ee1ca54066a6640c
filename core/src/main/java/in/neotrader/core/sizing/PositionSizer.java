package in.neotrader.core.sizing;

import in.neotrader.core.config.TradingConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Position sizing of TRADING_RULES §4. */
public final class PositionSizer {

  private static final BigDecimal FIVE_THOUSAND = new BigDecimal("5000");
  private static final BigDecimal THOUSAND = new BigDecimal("1000");
  private static final BigDecimal FIVE_HUNDRED = new BigDecimal("500");

  private final TradingConfig config;

  public PositionSizer(TradingConfig config) {
    this.config = config;
  }

  /**
   * @param close last daily close
   * @param averageVolume mean of the last 50 daily volumes
   * @param availableCash cash the broker reports as usable
   * @param portfolioCount distinct symbols held (any series) plus pending buys
   */
  public SizingResult size(BigDecimal close, double averageVolume, BigDecimal availableCash, int portfolioCount) {
    if (portfolioCount >= config.maxPortfolioSize()) {
      return new SizingResult.Rejected(SizingResult.Reason.PORTFOLIO_FULL,
          "portfolio holds " + portfolioCount + " of at most " + config.maxPortfolioSize() + " symbols");
    }
    if (close == null || close.signum() <= 0) {
      return new SizingResult.Rejected(SizingResult.Reason.NO_PRICE, "no positive close price");
    }
    BigDecimal capital = executionCapital(close, averageVolume);
    int qty = Math.max(config.minQty(), capital.divide(close, 0, RoundingMode.FLOOR).intValueExact());
    double ceiling = volumeCeiling(close);
    if (averageVolume <= 0 || qty / averageVolume > ceiling) {
      return new SizingResult.Rejected(SizingResult.Reason.VOLUME_CEILING, String.format(
          "%d shares exceed %.0f%% of the average volume %.0f", qty, ceiling * 100, averageVolume));
    }
    int affordable = availableCash.divide(close, 0, RoundingMode.FLOOR).intValue();
    if (affordable < qty) {
      return new SizingResult.Rejected(SizingResult.Reason.INSUFFICIENT_CASH,
          "cash " + availableCash.toPlainString() + " buys " + affordable + " of " + qty + " shares at "
              + close.toPlainString());
    }
    return new SizingResult.Sized(qty, capital);
  }

  /**
   * min(user_capital, avg volume x max_position_volume_ratio x close); the legacy wrote 0 for
   * stocks under min_absolute_avg_volume and then fell back to fallback_capital_per_trade.
   */
  public BigDecimal executionCapital(BigDecimal close, double averageVolume) {
    if (averageVolume < config.minAbsoluteAvgVolume()) {
      return config.fallbackCapitalPerTrade();
    }
    BigDecimal liquidity = BigDecimal.valueOf(averageVolume)
        .multiply(BigDecimal.valueOf(config.maxPositionVolumeRatio()))
        .multiply(close);
    BigDecimal capital = config.userCapital().min(liquidity);
    return capital.signum() > 0 ? capital : config.fallbackCapitalPerTrade();
  }

  /** Largest share of average volume one order may take, by price band. */
  public static double volumeCeiling(BigDecimal close) {
    if (close.compareTo(FIVE_THOUSAND) >= 0) {
      return 0.02;
    }
    if (close.compareTo(THOUSAND) >= 0) {
      return 0.05;
    }
    return close.compareTo(FIVE_HUNDRED) >= 0 ? 0.10 : 0.20;
  }
}
