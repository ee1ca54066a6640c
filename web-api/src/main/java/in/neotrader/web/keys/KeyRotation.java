package in.neotrader.web.keys;

import in.neotrader.sql.notify.NotificationChannel;
import in.neotrader.sql.secrets.SealedSecrets;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Re-seals every stored secret (broker credentials, TOTP secrets, notification channels) under the current key,
 * so the previous key can be dropped from CREDENTIALS_PREVIOUS_KEYS afterwards. A secret saved meanwhile is
 * skipped, not lost: it is sealed under the current key already.
 */
public final class KeyRotation {
  private final SealedSecrets secrets;
  private final Sealing sealing;
  private final Clock clock;

  public KeyRotation(SealedSecrets secrets, Sealing sealing, Clock clock) {
    this.secrets = secrets;
    this.sealing = sealing;
    this.clock = clock;
  }

  /** {@code {keyId, rotated, byPlace: {brokerCredentials, totpSecrets, notificationChannels}}}. */
  public Future<JsonObject> rotate() {
    return secrets.notUnder(sealing.currentKeyId()).compose(this::resealAll).map(counts -> new JsonObject()
        .put("keyId", sealing.currentKeyId())
        .put("rotated", counts.values().stream().mapToInt(Integer::intValue).sum())
        .put("byPlace", new JsonObject()
            .put("brokerCredentials", counts.get(SealedSecrets.Place.BROKER_CREDENTIALS))
            .put("totpSecrets", counts.get(SealedSecrets.Place.TOTP_SECRET))
            .put("notificationChannels", counts.get(SealedSecrets.Place.NOTIFICATION_CHANNEL))));
  }

  private Future<Map<SealedSecrets.Place, Integer>> resealAll(List<SealedSecrets.Sealed> stale) {
    Map<SealedSecrets.Place, Integer> counts = new EnumMap<>(SealedSecrets.Place.class);
    for (SealedSecrets.Place place : SealedSecrets.Place.values()) {
      counts.put(place, 0);
    }
    Future<Void> chain = Future.succeededFuture();
    for (SealedSecrets.Sealed row : stale) {
      chain = chain.compose(v -> secrets.replace(row, sealing.reseal(row.secret(), context(row)), clock.instant())
          .map(replaced -> {
            if (replaced) {
              counts.merge(row.place(), 1, Integer::sum);
            }
            return null;
          }));
    }
    return chain.map(v -> counts);
  }

  private static String context(SealedSecrets.Sealed row) {
    return switch (row.place()) {
      case BROKER_CREDENTIALS -> Sealing.brokerContext(row.userId());
      case TOTP_SECRET -> Sealing.totpContext(row.userId());
      case NOTIFICATION_CHANNEL -> NotificationChannel.context(row.userId());
    };
  }
}
