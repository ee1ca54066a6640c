package in.neotrader.verticles.benchmark;

import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.settings.TradingProfile;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.verticles.accounts.AccountRequest;
import in.neotrader.verticles.accounts.KotakAccounts;
import in.neotrader.verticles.accounts.SavedBrokerCredentials;
import in.neotrader.verticles.accounts.TradingAccount;
import in.neotrader.verticles.broker.kotak.InstrumentTokens;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.KotakSettings;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.verticles.events.UserEvents;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Not a test: the Kotak rate governor of N broker-mode users on two nodes. Each user has sealed credentials and a
 * Kotak fake of its own on loopback; two Vert.x instances ("node-a", "node-b") share the users out through the
 * real leases of the embedded test PostgreSQL and open each held user's account as the trading verticle does
 * ({@link KotakAccounts}). Then every user places 30 orders at once (burst 1); then 30 more (burst 2), and during
 * that burst node-a stops its users (accounts closed, leases released) and node-b takes them over at once and places
 * 20 more each. From the fakes' arrival times it prints the most orders and other calls any user had in one second
 * (over the whole run, across both holders), burst 1's wall time, throughput and JVM CPU seconds (fakes included).
 * Run: {@code mvn -q -pl verticles -am test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:exec
 * -Dbench.main=in.neotrader.verticles.benchmark.GovernorBenchmark -Dbench.users=100}.
 */
public final class GovernorBenchmark {

  private static final BigDecimal LIMIT = new BigDecimal("1250.00");
  private static final int BURST = 30;
  private static final int AFTER_HANDOVER = 20;
  private static final long HANDOVER_AFTER_MILLIS = 1_200;
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final EnumSet<FakeEndpoint> ORDER_CALLS = EnumSet.of(FakeEndpoint.PLACE, FakeEndpoint.MODIFY,
      FakeEndpoint.CANCEL);
  private static final NseCalendar CALENDAR = NseCalendar.bundled();
  private static final String SYMBOL = "RELIANCE-EQ";

  private record Trader(long userId, FakeKotakNeoServer fake) {}

  /** A user this node holds the lease of, with the context its account lives on. */
  private record Held(long epoch, Context context, TradingAccount account) {}

  public static void main(String[] args) {
    boolean ok = false;
    try {
      ok = run(Integer.parseInt(args.length > 0 ? args[0] : "100"));
    } catch (Exception e) {
      e.printStackTrace();
    }
    System.out.println(ok ? "rate limits: held" : "rate limits: NOT held");
    // The Vert.x instances and the fakes' servers would keep the JVM alive.
    System.exit(ok ? 0 : 1);
  }

  private static boolean run(int users) throws Exception {
    System.out.printf("GovernorBenchmark users=%d, %d+%d orders each (%d more after a handover), limits %d orders/s "
        + "and %d other calls/s per user; cores=%d%n", users, BURST, BURST, AFTER_HANDOVER,
        KotakSettings.DEFAULT_ORDERS_PER_SECOND, KotakSettings.DEFAULT_CALLS_PER_SECOND,
        Runtime.getRuntime().availableProcessors());
    Vertx kotak = Vertx.vertx();
    TestDatabase database = TestDatabase.create();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    CredentialCipher cipher = new CredentialCipher(Map.of("b1", key), "b1");
    Node nodeA = new Node("node-a", Vertx.vertx(), database, cipher);
    Node nodeB = new Node("node-b", Vertx.vertx(), database, cipher);
    List<Trader> traders = traders(users, kotak, nodeA.pool, cipher);

    // Both nodes ask for every user at the same time, one after another from opposite ends of the list, as two
    // nodes resuming a cluster race; the lease gives each user to one of them.
    List<Trader> reversed = new ArrayList<>(traders);
    Collections.reverse(reversed);
    await(Future.all(nodeA.claimEach(traders), nodeB.claimEach(reversed)));
    System.out.printf("leases: node-a holds %d users, node-b %d%n", nodeA.epochs.size(), nodeB.epochs.size());
    long open0 = System.nanoTime();
    long runCpu0 = cpuNanos();
    await(Future.all(traders.stream().map(t -> holder(t, nodeA, nodeB).open(t)).toList()));
    System.out.printf("accounts opened (login, funds; a new holder waits out one second) in %.2fs%n",
        seconds(System.nanoTime() - open0));

    long cpu0 = cpuNanos();
    long burst0 = System.nanoTime();
    List<Future<Integer>> burst1 = traders.stream().map(t -> holder(t, nodeA, nodeB).place(t, 1, BURST)).toList();
    int placed1 = await(Future.all(burst1)).<Integer>list().stream().mapToInt(Integer::intValue).sum();
    double wall1 = seconds(System.nanoTime() - burst0);
    double cpu1 = seconds(cpuNanos() - cpu0);
    System.out.printf("burst 1: %d of %d orders acknowledged in %.2fs (%.0f orders/s in all); JVM CPU %.1fs%n",
        placed1, users * BURST, wall1, placed1 / wall1, cpu1);

    List<Trader> moved = traders.stream().filter(t -> nodeA.epochs.containsKey(t.userId())).toList();
    List<Future<Integer>> burst2 = traders.stream().map(t -> holder(t, nodeA, nodeB).place(t, BURST + 1, BURST))
        .toList();
    Thread.sleep(HANDOVER_AFTER_MILLIS);
    await(Future.all(moved.stream().map(nodeA::stop).toList()));
    await(Future.all(moved.stream().map(nodeB::claim).toList()));
    List<Future<Integer>> afterHandover = moved.stream()
        .map(t -> nodeB.open(t).compose(v -> nodeB.place(t, 2 * BURST + 1, AFTER_HANDOVER))).toList();
    await(Future.join(burst2));
    int placedBeforeHandover = 0;
    for (int i = 0; i < traders.size(); i++) {
      placedBeforeHandover += moved.contains(traders.get(i)) ? burst2.get(i).result() : 0;
    }
    int placedAfter = await(Future.all(afterHandover)).<Integer>list().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("burst 2: %d users moved from node-a to node-b after %.1fs of it (node-a had placed %d of their "
        + "%d orders, the rest dropped at the stop); node-b then placed %d of %d more%n", moved.size(),
        HANDOVER_AFTER_MILLIS / 1e3, placedBeforeHandover, moved.size() * BURST, placedAfter,
        moved.size() * AFTER_HANDOVER);
    System.out.printf("whole run: %.1fs wall, JVM CPU %.1fs (both nodes and the %d fakes)%n",
        seconds(System.nanoTime() - open0), seconds(cpuNanos() - runCpu0), traders.size());

    return report(traders, moved) && placed1 == users * BURST && placedAfter == moved.size() * AFTER_HANDOVER;
  }

  /** The busiest second of each user, as its fake saw the calls arrive; true when every user kept to the limits. */
  private static boolean report(List<Trader> traders, List<Trader> moved) {
    EnumSet<FakeEndpoint> others = EnumSet.complementOf(ORDER_CALLS);
    int mostOrders = 0;
    int fewestOrders = Integer.MAX_VALUE;
    int mostOthers = 0;
    int mostMoved = 0;
    long arrived = 0;
    long shortestSpread = Long.MAX_VALUE;
    long longestSpread = 0;
    for (Trader t : traders) {
      List<Long> burst1 = t.fake().arrivals(FakeEndpoint.PLACE).subList(0, BURST);
      shortestSpread = Math.min(shortestSpread, burst1.get(BURST - 1) - burst1.get(0));
      longestSpread = Math.max(longestSpread, burst1.get(BURST - 1) - burst1.get(0));
      int orders = t.fake().busiest(SECOND, ORDER_CALLS.toArray(FakeEndpoint[]::new));
      mostOrders = Math.max(mostOrders, orders);
      fewestOrders = Math.min(fewestOrders, orders);
      mostOthers = Math.max(mostOthers, t.fake().busiest(SECOND, others.toArray(FakeEndpoint[]::new)));
      arrived += t.fake().calls(FakeEndpoint.PLACE);
      if (moved.contains(t)) {
        mostMoved = Math.max(mostMoved, orders);
      }
    }
    System.out.printf("arrived at the fakes: %d placements; busiest second of a user: %d to %d orders (limit %d), "
        + "at most %d other calls (limit %d); of the moved users, across both holders: at most %d orders%n", arrived,
        fewestOrders, mostOrders, KotakSettings.DEFAULT_ORDERS_PER_SECOND, mostOthers,
        KotakSettings.DEFAULT_CALLS_PER_SECOND, mostMoved);
    System.out.printf("burst 1: a user's %d placements arrived over %.2fs to %.2fs (at %d/s at least %.1fs)%n", BURST,
        seconds(shortestSpread), seconds(longestSpread), KotakSettings.DEFAULT_ORDERS_PER_SECOND,
        (double) ((BURST - 1) / KotakSettings.DEFAULT_ORDERS_PER_SECOND));
    return mostOrders <= KotakSettings.DEFAULT_ORDERS_PER_SECOND && mostOthers <= KotakSettings.DEFAULT_CALLS_PER_SECOND;
  }

  /** Users with sealed credentials and a running service, each with a Kotak fake of its own. */
  private static List<Trader> traders(int users, Vertx kotak, Pool pool, CredentialCipher cipher) throws Exception {
    List<Trader> traders = new ArrayList<>();
    for (int i = 1; i <= users; i++) {
      KotakCredentials credentials = new KotakCredentials("access-bench-" + i, "+9198%08d".formatted(i), "B" + i,
          "482913", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
      long userId = await(new UserRepository(pool).create("g" + i + "@bench.in", "x", Role.TRADER)).id();
      await(new ServiceStatusRepository(pool).setRunning(userId, true, Instant.now()));
      await(SavedBrokerCredentials.save(pool, cipher, userId, credentials, Instant.now()));
      traders.add(new Trader(userId, await(FakeKotakNeoServer.start(kotak, credentials))));
    }
    return traders;
  }

  private static Node holder(Trader t, Node a, Node b) {
    return a.epochs.containsKey(t.userId()) ? a : b;
  }

  /** One node: its own Vert.x and pool, the leases it holds and an account per held user, as a trading verticle. */
  private static final class Node {

    final String nodeId;
    final Vertx vertx;
    final Pool pool;
    final CredentialCipher cipher;
    final ServiceStatusRepository status;
    final Map<Long, Long> epochs = new ConcurrentHashMap<>();
    final Map<Long, Held> held = new ConcurrentHashMap<>();

    Node(String nodeId, Vertx vertx, TestDatabase database, CredentialCipher cipher) {
      this.nodeId = nodeId;
      this.vertx = vertx;
      this.pool = database.pool(vertx, 8);
      this.cipher = cipher;
      this.status = new ServiceStatusRepository(pool);
    }

    Future<Boolean> claim(Trader t) {
      return status.tryClaim(t.userId(), nodeId, 30).map(epoch -> {
        epoch.ifPresent(e -> epochs.put(t.userId(), e));
        return epoch.isPresent();
      });
    }

    /** Asks for the users' leases one after another. */
    Future<Void> claimEach(List<Trader> users) {
      Future<Boolean> chain = Future.succeededFuture();
      for (Trader t : users) {
        chain = chain.compose(previous -> claim(t));
      }
      return chain.mapEmpty();
    }

    /** Opens the account on a context of its own (call from a non-Vert.x thread: each call makes a new context). */
    Future<Void> open(Trader t) {
      Context context = vertx.getOrCreateContext();
      // A lost answer is searched for briefly: at the handover the old holder's calls in flight are cut.
      KotakSettings settings = KotakSettings.defaults(t.fake().loginUrl())
          .withLostAnswerSearch(Duration.ofMillis(200), Duration.ofMillis(100));
      KotakAccounts accounts = new KotakAccounts(Optional.of(cipher), settings, InstrumentTokens.of(Map.of(SYMBOL,
          "2885")), id -> new SimulatedMarketData(id, CALENDAR), AmoLimit.DEFAULT, EngineMeters.unscraped());
      AccountRequest request = new AccountRequest(vertx, pool, t.userId(),
          new TradingProfile(t.userId(), "broker", Optional.empty(), new JsonObject()), TradingConfig.defaults(),
          TradingClock.system(), CALENDAR, new UserEvents(vertx.eventBus()));
      return on(context, () -> accounts.open(request))
          .map(account -> {
            held.put(t.userId(), new Held(epochs.get(t.userId()), context, account));
            return null;
          });
    }

    /** Places {@code count} AMO buys at once; answers how many were acknowledged. */
    Future<Integer> place(Trader t, int firstLeg, int count) {
      Held h = held.get(t.userId());
      return on(h.context(), () -> {
        List<Future<BrokerOrderAck>> acks = new ArrayList<>();
        for (int leg = firstLeg; leg < firstLeg + count; leg++) {
          acks.add(h.account().broker().placeOrder(OrderRequest.amoLimitBuy(ClientOrderId.of(t.userId(),
              LocalDate.of(2026, 12, 7), TradingTask.BUY_ORDERS, SYMBOL, OrderSide.BUY, leg), SYMBOL, 1, LIMIT)));
        }
        return Future.join(acks).transform(done -> Future.succeededFuture(
            (int) acks.stream().filter(Future::succeeded).count()));
      });
    }

    /** Stops the user here as the trading verticle does: the account closed first, then the lease released. */
    Future<Boolean> stop(Trader t) {
      Held h = held.remove(t.userId());
      epochs.remove(t.userId());
      return on(h.context(), () -> {
        h.account().close();
        return status.release(t.userId(), nodeId, h.epoch());
      });
    }
  }

  private static <T> Future<T> on(Context context, Supplier<Future<T>> work) {
    Promise<T> done = Promise.promise();
    context.runOnContext(v -> work.get().onComplete(done));
    return done.future();
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.await(120, TimeUnit.SECONDS);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
