package in.neotrader.web.notify;

import in.neotrader.sql.notify.NotificationChannel;
import in.neotrader.sql.notify.NotificationChannelRepository;
import in.neotrader.sql.notify.NotificationOutbox;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.Caller;
import in.neotrader.web.errors.ApiError;
import in.neotrader.web.http.JsonBody;
import in.neotrader.web.http.QueryParams;
import in.neotrader.web.http.Replies;
import in.neotrader.web.keys.Sealing;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Instant;

/**
 * A trader's notification channels: add (secrets sealed, never shown again), list, remove, and "send test", which
 * queues one test message on that channel through the same outbox as every notification.
 */
public final class NotificationRoutes {

  private final NotificationChannelRepository channels;
  private final NotificationOutbox outbox;
  private final Sealing sealing;
  private final ChannelRules rules;
  private final AuditTrail audit;
  private final Clock clock;

  public NotificationRoutes(Pool pool, Sealing sealing, boolean allowPrivateWebhooks, AuditTrail audit, Clock clock) {
    this.channels = new NotificationChannelRepository(pool);
    this.outbox = new NotificationOutbox(pool);
    this.sealing = sealing;
    this.rules = new ChannelRules(allowPrivateWebhooks);
    this.audit = audit;
    this.clock = clock;
  }

  public void mount(Router user) {
    user.get("/notifications").handler(this::list);
    user.post("/notifications").handler(this::add);
    user.delete("/notifications/:id").handler(this::remove);
    user.post("/notifications/:id/test").handler(this::test);
  }

  private void list(RoutingContext ctx) {
    channels.list(Caller.of(ctx).userId())
        .onSuccess(all -> Replies.ok(ctx, new JsonObject().put("items", Replies.items(all, NotificationRoutes::json))))
        .onFailure(ctx::fail);
  }

  private void add(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    ChannelRules.Checked channel = rules.check(JsonBody.object(ctx));
    channels.add(userId, channel.kind(), channel.label(),
            sealing.seal(channel.sealed().encode(), NotificationChannel.context(userId)), channel.events(),
            clock.instant())
        .compose(added -> audit.record(ctx, userId, "notifications.add", new JsonObject().put("id", added.id())
            .put("kind", added.kind()).put("events", new JsonArray(added.events()))).map(added))
        .onSuccess(added -> Replies.json(ctx, 201, json(added)))
        .onFailure(ctx::fail);
  }

  private void remove(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    long id = QueryParams.id(ctx, "id");
    channels.remove(userId, id)
        .compose(removed -> removed ? audit.record(ctx, userId, "notifications.remove", new JsonObject().put("id", id))
            : io.vertx.core.Future.failedFuture(ApiError.notFound("notification channel")))
        .onSuccess(v -> Replies.noContent(ctx))
        .onFailure(ctx::fail);
  }

  private void test(RoutingContext ctx) {
    long userId = Caller.of(ctx).userId();
    long id = QueryParams.id(ctx, "id");
    Instant at = clock.instant();
    JsonObject envelope = new JsonObject().put("type", "test").put("userId", userId).put("at", at.toString())
        .put("data", new JsonObject());
    outbox.enqueueTest(userId, id, envelope, at)
        .compose(queued -> queued ? io.vertx.core.Future.succeededFuture()
            : io.vertx.core.Future.failedFuture(ApiError.notFound("notification channel")))
        .onSuccess(v -> Replies.json(ctx, 202, new JsonObject().put("queued", true)))
        .onFailure(ctx::fail);
  }

  private static JsonObject json(NotificationChannel c) {
    return new JsonObject().put("id", c.id()).put("kind", c.kind()).put("label", c.label())
        .put("events", new JsonArray(c.events())).put("createdAt", Replies.at(c.createdAt()))
        .put("lastDeliveredAt", Replies.at(c.lastDeliveredAt()));
  }
}
