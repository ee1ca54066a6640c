package in.neotrader.sql.service;

import in.neotrader.sql.query.StoredAs;

public enum LogLevel implements StoredAs {
  DEBUG, INFO, WARN, ERROR;

  @Override
  public String stored() {
    return name();
  }
}
