package in.neotrader.sql.settings;

import in.neotrader.sql.secrets.EncryptedSecret;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/**
 * What a trading service needs to start: the trade mode ("paper" or "broker"), the encrypted broker
 * credentials when set, and the trading config as snake_case JSON (empty when the user kept the defaults).
 */
public record TradingProfile(long userId, String tradeMode, Optional<EncryptedSecret> brokerCredentials,
    JsonObject tradingConfig) {
}
