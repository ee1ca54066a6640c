package in.neotrader.web.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: long enough, not one of the passwords attackers try first (a bundled list, see
 * resources/passwords/README.md), and not built on the account's own email name.
 */
public final class PasswordRules {
  public static final int MIN_LENGTH = 10;
  private static final String LIST = "/passwords/common-passwords.txt";
  private static final Set<String> COMMON = load();

  private PasswordRules() {
  }

  /** Why this password is refused for the account with this email, or empty when it is acceptable. */
  public static Optional<String> problem(String password, String email) {
    if (password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of("is one of the most common passwords: choose another");
    }
    String name = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
    if (name.length() >= 4 && lower.contains(name)) {
      return Optional.of("must not contain the name of your email address");
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing from the jar");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
