package in.neotrader.sql.errors;

/** A unique constraint without a more specific meaning (a second paper account, a reused token hash). */
public final class DuplicateValue extends WriteRefused {
  private final String constraint;

  public DuplicateValue(String constraint, String detail, Throwable cause) {
    super("duplicate", "Already exists (" + constraint + "): " + detail, cause);
    this.constraint = constraint;
  }

  public String constraint() {
    return constraint;
  }
}
