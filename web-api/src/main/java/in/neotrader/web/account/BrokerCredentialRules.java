package in.neotrader.web.account;

import in.neotrader.verticles.broker.kotak.KotakRoute;
import in.neotrader.verticles.broker.kotak.Totp;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Kotak Neo's login accepts (KOTAK_NEO §1), checked when the credentials are saved, so a typo is a clear
 * 400 naming each wrong field now rather than a refused login at 16:05. The mobile number is stored as Kotak
 * wants it, {@code +91} and 10 digits; a bare 10-digit number gets the country code.
 */
final class BrokerCredentialRules {
  private static final Pattern INDIAN_MOBILE = Pattern.compile("(?:\\+91)?([6-9]\\d{9})");
  private static final Pattern UCC = Pattern.compile("[A-Za-z0-9]{5}");
  private static final Pattern MPIN = Pattern.compile("\\d{6}");
  // 80 bits: shorter seeds are not what an authenticator app is given.
  private static final int MIN_SEED_CHARS = 16;

  private BrokerCredentialRules() {}

  /** The credentials as they will be stored, or a validation error listing every field that is wrong. */
  static JsonObject checked(JsonObject credentials) {
    Map<String, String> wrong = new LinkedHashMap<>();
    String mobile = credentials.getString("mobileNumber").replaceAll("[\\s-]", "");
    var digits = INDIAN_MOBILE.matcher(mobile);
    if (!digits.matches()) {
      wrong.put("mobileNumber", "must be +91 followed by the 10-digit mobile number registered with Kotak");
    }
    if (!UCC.matcher(credentials.getString("ucc").trim()).matches()) {
      wrong.put("ucc", "must be the 5-character client code from the Kotak Neo profile (not the numeric id)");
    }
    if (!MPIN.matcher(credentials.getString("mpin")).matches()) {
      wrong.put("mpin", "must be the 6-digit MPIN");
    }
    String seed = credentials.getString("totpSecret").replaceAll("[\\s-]", "");
    if (seed.length() < MIN_SEED_CHARS || !Totp.isUsableSeed(seed)) {
      wrong.put("totpSecret", "must be the base32 TOTP seed (letters A-Z and digits 2-7, at least "
          + MIN_SEED_CHARS + ") shown when the authenticator was registered");
    }
    if (credentials.getString("consumerKey").isBlank()) {
      wrong.put("consumerKey", "must be the Trade API application's token");
    }
    // The way out to Kotak (KOTAK_NEO §10): optional, sealed with the rest since a proxy URL may hold a password.
    wrong.putAll(KotakRoute.problems(credentials));
    if (!wrong.isEmpty()) {
      throw ApiError.validation(wrong);
    }
    return credentials.copy().put("mobileNumber", "+91" + digits.group(1))
        .put("ucc", credentials.getString("ucc").trim()).put("totpSecret", seed);
  }
}
