package in.neotrader.verticles.service;

import in.neotrader.sql.service.EngineNodeRepository;
import in.neotrader.sql.service.NodeLeaseRepository;
import in.neotrader.sql.service.ServiceStatus;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.settings.TradingProfileRepository;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.trading.EngineServices;
import in.neotrader.verticles.trading.TradingVerticle;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, stops and reports users' trading services on {@code trading.manager}; deploys one
 * {@link TradingVerticle} per user whose lease this node holds, resumes them after a restart, renews the
 * leases and drops users whose lease was lost.
 */
public final class ServiceManager extends VerticleBase {

  public static final String ADDRESS = "trading.manager";
  /** How long a stop waits for the owner node (its run in flight has a grace period of its own). */
  private static final long STOP_ELSEWHERE_MILLIS = 30_000;
  private static final Logger LOG = LoggerFactory.getLogger(ServiceManager.class);
  /** Users resuming at once: their start reads share statements (UserBatches); more would only queue on the pool. */
  private static final int RESUME_BATCH = 500;

  private final EngineServices services;
  private final long heartbeatMillis;
  private final Map<Long, String> deployments = new ConcurrentHashMap<>();
  // Starts in flight: a second start of the same user (a request racing the orphan scan) joins the first
  // instead of deploying a second trading verticle for one account.
  private final Map<Long, Future<Void>> starting = new ConcurrentHashMap<>();
  private ServiceStatusRepository status;
  private UserRepository users;
  private NodeLeases leases;
  private NodeLeaseRepository leaseRows;
  private final FairShare fairShare;
  private IdleHandOver handOver;
  private MessageConsumer<JsonObject> consumer;
  private MessageConsumer<JsonObject> ownConsumer;
  private BrokerConnectionTests connectionTests;
  private long heartbeatTimer;
  private final AtomicLong heartbeatFailures = new AtomicLong();
  private volatile Instant lastGoodHeartbeat = Instant.now();
  /** When this node's heartbeats last came back after failing (the database was out for it, and likely for all). */
  private volatile Instant heartbeatsBackAt = Instant.EPOCH;
  private final int leaseSeconds;
  private final HeartbeatEvents heartbeatEvents;

  public ServiceManager(EngineServices services, long heartbeatMillis) {
    int leaseSeconds = services.leaseSeconds();
    this.services = services;
    this.heartbeatMillis = heartbeatMillis;
    this.status = new ServiceStatusRepository(services.pool());
    this.leaseRows = new NodeLeaseRepository(services.pool());
    this.leases = new NodeLeases(services.nodeId(), leaseSeconds, status, services.pool());
    this.leaseSeconds = leaseSeconds;
    this.heartbeatEvents = new HeartbeatEvents(services, heartbeatMillis);
    this.fairShare = new FairShare(new EngineNodeRepository(services.pool()), services.nodeId(), leaseSeconds);
  }

  @Override
  public Future<?> start() {
    users = new UserRepository(services.pool());
    connectionTests = new BrokerConnectionTests(vertx, services);
    handOver = new IdleHandOver(vertx, fairShare, services.nodeId(), this::stopHere);
    consumer = vertx.eventBus().consumer(ADDRESS, this::handle);
    ownConsumer = vertx.eventBus().consumer(nodeAddress(services.nodeId()), this::handleHere);
    services.meters().servicesHere(this::runningHere);
    services.meters().heartbeatAge(() -> lastGoodHeartbeat);
    return consumer.completion().compose(v -> ownConsumer.completion())
        // Every running user: ours from before a restart come back, orphans are taken, others' refuse the claim.
        .compose(v -> status.listRunningUserIds())
        .compose(this::resume)
        .onSuccess(v -> heartbeatTimer = vertx.setPeriodic(heartbeatMillis, id -> heartbeat()));
  }

  /** Users whose trading verticle runs on this node. */
  public int runningHere() {
    return deployments.size();
  }

  private void handle(Message<JsonObject> message) {
    JsonObject body = message.body() == null ? new JsonObject() : message.body();
    Long userId = body.getLong("userId");
    String action = body.getString("action", "");
    if (userId == null) {
      message.fail(400, "userId is required");
      return;
    }
    Future<JsonObject> answer = switch (action) {
      case "start" -> knownUser(userId).compose(v -> refuseUnstartable(userId))
          .compose(v -> status.setRunning(userId, true, services.clocks().of(userId).now()))
          .compose(v -> startHere(userId)).compose(v -> describe(userId));
      case "stop" -> knownUser(userId).compose(v -> status.setRunning(userId, false, services.clocks().of(userId).now()))
          .compose(v -> stopWherever(userId)).compose(v -> describe(userId));
      case "status" -> knownUser(userId).compose(v -> describe(userId));
      case "test-broker" -> knownUser(userId).compose(v -> connectionTests.test(userId));
      default -> Future.failedFuture(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 400, "unknown action " + action));
    };
    answer.onSuccess(message::reply).onFailure(err -> {
      if (err instanceof ReplyException r) {
        message.fail(r.failureCode(), r.getMessage());
      } else {
        message.fail(500, err.getMessage());
      }
    });
  }

  /** This node's own address: what only the node holding a user's lease can do for it. */
  private static String nodeAddress(String nodeId) {
    return ADDRESS + ".node." + nodeId;
  }

  private void handleHere(Message<JsonObject> message) {
    Long userId = message.body() == null ? null : message.body().getLong("userId");
    if (userId == null || !"stop-here".equals(message.body().getString("action"))) {
      message.fail(400, "stop-here with a userId is the only action of a node's own address");
      return;
    }
    stopHere(userId).onComplete(ar -> message.reply(new JsonObject().put("stopped", ar.succeeded())));
  }

  /**
   * Stops the user's trading verticle on whichever node runs it, before the stop is answered: a stop handled by
   * a node without the lease answered "stopped" while the owner went on trading until its next heartbeat.
   */
  private Future<Void> stopWherever(long userId) {
    if (deployments.containsKey(userId)) {
      return stopHere(userId);
    }
    return status.find(userId).compose(s -> {
      String owner = s.map(ServiceStatus::ownerNode).orElse(null);
      if (owner == null || owner.equals(services.nodeId())) {
        return Future.succeededFuture();
      }
      // An owner that does not answer is gone: its lease runs out, and nobody resumes a stopped service.
      return vertx.eventBus().request(nodeAddress(owner), new JsonObject().put("action", "stop-here")
              .put("userId", userId), new DeliveryOptions().setSendTimeout(STOP_ELSEWHERE_MILLIS))
          .<Void>mapEmpty().otherwiseEmpty();
    });
  }

  private Future<Void> knownUser(long userId) {
    return users.findById(userId).compose(u -> u.isPresent() ? Future.<Void>succeededFuture()
        : Future.failedFuture(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 404, "unknown user " + userId)));
  }

  /**
   * A start the user's clock forbids (the broker on a simulated clock) is refused before the service is marked
   * running: a stopped service stays stopped, with the reason as its error.
   */
  private Future<Void> refuseUnstartable(long userId) {
    return new TradingProfileRepository(services.pool()).load(userId).compose(profile -> {
      Optional<String> refusal = profile.flatMap(p -> services.clocks().refusal(userId, p.tradeMode()));
      if (refusal.isEmpty()) {
        return Future.succeededFuture();
      }
      Instant at = services.clocks().of(userId).now();
      // A stopped service may have no status row yet: write it stopped, so the error has a place to show.
      return status.find(userId)
          .compose(s -> s.map(ServiceStatus::running).orElse(false) ? Future.succeededFuture()
              : status.setRunning(userId, false, at))
          .compose(v -> status.recordError(userId, refusal.get(), at))
          .compose(v -> Future.failedFuture(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 409, refusal.get())));
    });
  }

  private Future<JsonObject> describe(long userId) {
    return status.find(userId).map(s -> {
      boolean running = s.map(ServiceStatus::running).orElse(false);
      String node = deployments.containsKey(userId) ? services.nodeId()
          : s.map(ServiceStatus::ownerNode).orElse(null);
      return new JsonObject().put("userId", userId).put("running", running).put("node", node);
    });
  }

  private Future<Void> startHere(long userId) {
    if (deployments.containsKey(userId)) {
      return Future.succeededFuture();
    }
    Future<Void> inFlight = starting.get(userId);
    if (inFlight != null) {
      return inFlight;
    }
    // Another node holding a live lease runs the service already: starting it is then done, not a conflict.
    Future<Void> start = leases.claim(userId)
        .compose(epoch -> epoch.isEmpty() ? Future.<Void>succeededFuture() : deploy(userId, epoch.get()))
        .andThen(ignored -> starting.remove(userId));
    starting.put(userId, start);
    return start;
  }

  private Future<Void> deploy(long userId, long epoch) {
    return vertx.deployVerticle(new TradingVerticle(userId, epoch, services))
        .onSuccess(id -> deployments.put(userId, id))
        .recover(err -> leases.release(userId).transform(v -> Future.failedFuture(err)))
        .mapEmpty();
  }

  private Future<Void> stopHere(long userId) {
    String id = deployments.remove(userId);
    return id == null ? Future.succeededFuture()
        : vertx.undeploy(id).eventually(() -> leases.release(userId)).mapEmpty();
  }

  private Future<Void> resume(List<Long> userIds) {
    Future<Void> chain = Future.succeededFuture();
    for (int from = 0; from < userIds.size(); from += RESUME_BATCH) {
      List<Long> batch = userIds.subList(from, Math.min(userIds.size(), from + RESUME_BATCH));
      chain = chain.compose(v -> Future.join(batch.stream().map(this::startHere).toList()).transform(ar -> {
        // One user that cannot start (bad settings, lease elsewhere) must not keep the others down.
        return Future.<Void>succeededFuture();
      }));
    }
    return chain;
  }

  /** Heartbeats that failed (database down, statement refused) since this node started: a metric for ops. */
  public long heartbeatFailures() {
    return heartbeatFailures.get();
  }

  private void heartbeat() {
    leases.renewAll()
        .onSuccess(lost -> {
          Instant now = Instant.now();
          if (Duration.between(lastGoodHeartbeat, now).toSeconds() >= leaseSeconds) {
            heartbeatsBackAt = now;
          }
          lastGoodHeartbeat = now;
        })
        .compose(lost -> Future.join(lost.stream().map(this::dropLost).toList()))
        .onSuccess(v -> heartbeatEvents.renewed(leases.held()))
        .compose(v -> fairShare.surplus(deployments.size()))
        .compose(extra -> handOver.handOver(deployments.keySet(), extra))
        .compose(v -> leaseRows.orphans())
        .map(orphans -> orphans.stream().filter(o -> fairShare.mayClaim(o.userId()) && mayTakeFromItsOwner(o)).toList())
        .compose(this::takeOver)
        // A heartbeat that keeps failing lets every lease run out: say so, and count it for the metrics.
        .onFailure(err -> {
          heartbeatFailures.incrementAndGet();
          LOG.error("heartbeat of node {} failed: {}", services.nodeId(), err.getMessage(), err);
        });
  }

  /**
   * After a database outage every lease has run out, though the nodes are alive: for one lease after this node's
   * heartbeats came back, the users another node held are left to that node to renew (taking them would cut their
   * runs short for nothing). A node that died is still taken over, one lease later.
   */
  private boolean mayTakeFromItsOwner(NodeLeaseRepository.Orphan orphan) {
    return orphan.lastOwner() == null || orphan.lastOwner().equals(services.nodeId())
        || Duration.between(heartbeatsBackAt, Instant.now()).toSeconds() >= leaseSeconds;
  }

  /** Resumes the users whose lease ran out; one another node held is a takeover, said and counted. */
  private Future<Void> takeOver(List<NodeLeaseRepository.Orphan> orphans) {
    return resume(orphans.stream().map(NodeLeaseRepository.Orphan::userId).toList()).onSuccess(v -> {
      for (NodeLeaseRepository.Orphan orphan : orphans) {
        if (orphan.lastOwner() != null && !orphan.lastOwner().equals(services.nodeId())
            && deployments.containsKey(orphan.userId())) {
          services.meters().leaseTakeover();
          LOG.warn("Node {} took over user {} from node {}, whose lease expired", services.nodeId(),
              orphan.userId(), orphan.lastOwner());
        }
      }
    });
  }

  private Future<Void> dropLost(long userId) {
    String id = deployments.remove(userId);
    if (id == null) {
      return Future.succeededFuture();
    }
    // Stops its timers and fences its run in flight at once; the undeploy then gives nothing a grace period.
    return vertx.eventBus().request(UserEvents.controlAddress(userId),
            new JsonObject().put("action", TradingVerticle.LEASE_LOST))
        .transform(ignored -> vertx.undeploy(id));
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(heartbeatTimer);
    // Vert.x has undeployed the trading verticles (our children) by now; give their leases up for other nodes.
    List<Long> here = List.copyOf(deployments.keySet());
    deployments.clear();
    return Future.join(here.stream().map(leases::release).toList()).compose(v -> consumer.unregister())
        .compose(v -> ownConsumer.unregister()).compose(v -> leases.close());
  }
}
