package in.neotrader.sql.settings;

import in.neotrader.sql.query.StoredAs;

public enum TradeMode implements StoredAs {
  PAPER("paper"),
  BROKER("broker");

  private final String stored;

  TradeMode(String stored) {
    this.stored = stored;
  }

  @Override
  public String stored() {
    return stored;
  }
}
