package in.neotrader.sql.errors;

/** A value outside its allowed range or set; {@link #constraint()} names the check (or the column) that refused it. */
public final class InvalidValue extends WriteRefused {
  private final String constraint;

  public InvalidValue(String constraint, String message, Throwable cause) {
    super("invalid_value", "Invalid value (" + constraint + "): " + message, cause);
    this.constraint = constraint;
  }

  public String constraint() {
    return constraint;
  }
}
