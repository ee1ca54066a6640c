package in.neotrader.sql.risk;

import in.neotrader.sql.query.StoredAs;

/** Who stopped a user's trading: the user, an admin for that user, or an admin for the whole deployment. */
public enum HaltLevel implements StoredAs {
  USER("user"),
  ADMIN("admin"),
  DEPLOYMENT("deployment");

  private final String stored;

  HaltLevel(String stored) {
    this.stored = stored;
  }

  @Override
  public String stored() {
    return stored;
  }
}
