package in.neotrader.sql.users;

import in.neotrader.sql.query.StoredAs;

public enum Role implements StoredAs {
  TRADER("trader"),
  ADMIN("admin");

  private final String stored;

  Role(String stored) {
    this.stored = stored;
  }

  @Override
  public String stored() {
    return stored;
  }
}
