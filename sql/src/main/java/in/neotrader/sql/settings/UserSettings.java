package in.neotrader.sql.settings;

import java.time.Instant;

/** A user's settings without the credentials themselves; a user who never saved any gets {@link #defaults}. */
public record UserSettings(long userId, TradeMode tradeMode, boolean credentialsSaved, Instant credentialsUpdatedAt,
    BrokerSessionState sessionState, Instant sessionCheckedAt, BrokerAddresses addresses) {

  public static UserSettings defaults(long userId) {
    return new UserSettings(userId, TradeMode.PAPER, false, null, BrokerSessionState.NONE, null, BrokerAddresses.NONE);
  }
}
