package in.neotrader.sql.service;

import in.neotrader.sql.query.StoredAs;

public enum TaskOutcome implements StoredAs {
  SUCCESS("success"),
  FAILED("failed"),
  SKIPPED("skipped");

  private final String stored;

  TaskOutcome(String stored) {
    this.stored = stored;
  }

  @Override
  public String stored() {
    return stored;
  }
}
