package in.neotrader.verticles.broker.kotak;

import java.util.Objects;

/**
 * One user's decrypted Kotak Neo Trade API credentials (KOTAK_NEO §1). Lives only inside the
 * trading verticle; {@link #toString()} shows the masked client code and nothing else, so a
 * record logged by accident leaks no secret.
 *
 * @param accessToken the Trade API access token ("consumer key"), sent as {@code Authorization}
 * @param mobileNumber with country code, e.g. {@code +919876543210}
 * @param ucc the 5-character client code from the profile
 * @param mpin the 6-digit MPIN
 * @param totpSecret the base32 TOTP seed registered with the authenticator app
 */
public record KotakCredentials(String accessToken, String mobileNumber, String ucc, String mpin,
    String totpSecret) {

  public KotakCredentials {
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(mobileNumber, "mobileNumber");
    Objects.requireNonNull(ucc, "ucc");
    Objects.requireNonNull(mpin, "mpin");
    Objects.requireNonNull(totpSecret, "totpSecret");
  }

  /** The client code with all but its first two characters hidden, for log lines and the UI. */
  public String maskedUcc() {
    return ucc.length() <= 2 ? "**" : ucc.substring(0, 2) + "*".repeat(ucc.length() - 2);
  }

  @Override
  public String toString() {
    return "KotakCredentials[ucc=" + maskedUcc() + ", secrets hidden]";
  }
}
