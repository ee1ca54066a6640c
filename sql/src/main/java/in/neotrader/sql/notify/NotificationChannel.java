package in.neotrader.sql.notify;

import in.neotrader.sql.secrets.EncryptedSecret;
import java.time.Instant;
import java.util.List;

/** A trader's notification channel; {@code sealed} opens only with the keyring, under {@link #context(long)}. */
public record NotificationChannel(long id, long userId, String kind, String label, EncryptedSecret sealed,
    List<String> events, Instant createdAt, Instant lastDeliveredAt) {

  /** The sealing context: a row copied to another user does not open. */
  public static String context(long userId) {
    return "user:" + userId + ":notify";
  }
}
