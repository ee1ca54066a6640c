package in.neotrader.verticles.notify;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.credentials.EncryptedSecret;
import in.neotrader.sql.notify.NotificationChannel;
import in.neotrader.sql.notify.NotificationChannelRepository;
import in.neotrader.sql.notify.NotificationOutbox;
import in.neotrader.sql.notify.OutboxMessage;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox on this node: every poll, the oldest undelivered message of each channel that is due is
 * claimed (so another node does not send it too), sent, and marked delivered, or put back with a growing pause.
 * Trading never waits for it: events only add rows to the outbox.
 */
public final class NotificationDispatcher extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);
  private static final int BATCH = 50;

  private final Pool pool;
  private final CredentialCipher cipher;
  private final NotifySettings settings;
  private final Clock clock;
  private NotificationOutbox outbox;
  private NotificationChannelRepository channels;
  private ChannelSender sender;
  private WebClient client;
  private long timer;
  private boolean polling;

  public NotificationDispatcher(Pool pool, CredentialCipher cipher, NotifySettings settings, Clock clock) {
    this.pool = pool;
    this.cipher = cipher;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Future<?> start() {
    outbox = new NotificationOutbox(pool);
    channels = new NotificationChannelRepository(pool);
    client = WebClient.create(vertx);
    sender = new ChannelSender(client, settings);
    timer = vertx.setPeriodic(settings.poll().toMillis(), id -> poll());
    return Future.succeededFuture();
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    client.close();
    return Future.succeededFuture();
  }

  private void poll() {
    if (polling) {
      return;
    }
    polling = true;
    Instant now = clock.instant();
    outbox.due(now, settings.telegramGap(), BATCH)
        .compose(this::deliverAll)
        .onFailure(e -> LOG.warn("Notification outbox unavailable: {}", e.getMessage()))
        .onComplete(done -> polling = false);
  }

  private Future<Void> deliverAll(List<OutboxMessage> due) {
    Future<Void> chain = Future.succeededFuture();
    for (OutboxMessage message : due) {
      chain = chain.compose(v -> deliver(message));
    }
    return chain;
  }

  private Future<Void> deliver(OutboxMessage message) {
    Instant now = clock.instant();
    return outbox.claim(message.id(), now, now.plus(settings.callTimeout().multipliedBy(3)))
        .compose(claimed -> !claimed ? Future.succeededFuture() : channels.byId(message.channelId())
            .compose(channel -> channel.map(c -> send(c, message)).orElseGet(Future::succeededFuture)));
  }

  private Future<Void> send(NotificationChannel channel, OutboxMessage message) {
    Future<Void> sent;
    try {
      JsonObject config = new JsonObject(cipher.decrypt(new EncryptedSecret(channel.sealed().keyId(),
          channel.sealed().ciphertext()), NotificationChannel.context(channel.userId())));
      sent = sender.send(channel.kind(), config, message.id(), message.kind(), message.payload());
    } catch (RuntimeException unusable) {
      sent = Future.failedFuture(new IllegalStateException("the channel's settings do not open on this node ("
          + unusable.getClass().getSimpleName() + ")"));
    }
    return sent.transform(result -> {
      Instant at = clock.instant();
      if (result.succeeded()) {
        return outbox.delivered(message.id(), at);
      }
      String error = result.cause().getMessage();
      LOG.warn("Notification {} to channel {} of user {} failed (attempt {}): {}", message.id(), channel.id(),
          channel.userId(), message.attempts() + 1, error);
      return outbox.failed(message.id(), error, at.plus(settings.backoff(message.attempts() + 1)));
    });
  }
}
