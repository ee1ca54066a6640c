package in.neotrader.sql.settings;

import in.neotrader.sql.query.StoredAs;

public enum BrokerSessionState implements StoredAs {
  NONE("none"),
  VALID("valid"),
  EXPIRED("expired"),
  NEEDS_LOGIN("needs_login"),
  IP_NOT_REGISTERED("ip_not_registered");

  private final String stored;

  BrokerSessionState(String stored) {
    this.stored = stored;
  }

  @Override
  public String stored() {
    return stored;
  }
}
