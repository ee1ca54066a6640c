package in.neotrader.sql.errors;

public final class UnknownUser extends WriteRefused {
  public UnknownUser(String detail, Throwable cause) {
    super("unknown_user", "No such user: " + detail, cause);
  }
}
