package in.neotrader.core.strategy;

/** The legacy verdict column values. */
public enum Verdict {
  STRONG_BUY("strong_buy"),
  BUY("buy"),
  WATCH("watch"),
  AVOID("avoid");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  /** The lower-case value of the legacy CSV and the database. */
  public String code() {
    return code;
  }

  public boolean isBuy() {
    return this == STRONG_BUY || this == BUY;
  }
}
