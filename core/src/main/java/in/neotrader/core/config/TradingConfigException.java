package in.neotrader.core.config;

import java.util.Map;

/** Invalid trading settings; {@link #errors()} maps each bad field to a message for the form. */
public final class TradingConfigException extends IllegalArgumentException {

  private final Map<String, String> errors;

  public TradingConfigException(Map<String, String> errors) {
    super("invalid trading config: " + errors);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}
