package in.neotrader.core.paper;

import in.neotrader.core.config.TradingConfig;
import java.math.BigDecimal;

/** Paper-account limits and the slippage draw; {@code seed} makes fills repeatable. */
public record PaperSettings(BigDecimal maxPositionSize, double slippageMinPct, double slippageMaxPct, long seed) {

  public PaperSettings {
    if (slippageMinPct < 0 || slippageMaxPct < slippageMinPct) {
      throw new IllegalArgumentException("need 0 <= slippageMinPct <= slippageMaxPct");
    }
  }

  public static PaperSettings from(TradingConfig config, long seed) {
    return new PaperSettings(config.paperMaxPositionSize(), config.paperSlippageMinPct(),
        config.paperSlippageMaxPct(), seed);
  }
}
