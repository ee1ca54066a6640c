package in.neotrader.sql.errors;

public final class EmailAlreadyRegistered extends WriteRefused {
  public EmailAlreadyRegistered(Throwable cause) {
    super("email_already_registered", "This email address is already registered", cause);
  }
}
