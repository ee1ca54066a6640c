package in.neotrader.verticles.testing;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.sql.testing.CuttableProxy;
import in.neotrader.sql.testing.TestDatabase;
import in.neotrader.sql.users.Role;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.accounts.AccountsByTradeMode;
import in.neotrader.verticles.accounts.InstrumentSource;
import in.neotrader.verticles.accounts.PaperAccounts;
import in.neotrader.verticles.accounts.TradingAccount;
import in.neotrader.verticles.accounts.TradingAccountFactory;
import in.neotrader.verticles.engine.EngineSettings;
import in.neotrader.verticles.engine.TradingEngine;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A database, a frozen simulated clock driven by {@link SteppedTimers}, and engines started on them. */
public final class EngineFixture implements AutoCloseable {

  public final Vertx vertx = Vertx.vertx();
  public final TestDatabase database = TestDatabase.create();
  public final Pool pool;
  public final SimulatedClock clock;
  public final SteppedTimers timers;
  /** Between the engine and its database, when made by {@link #behindCuttableProxy}; else null. */
  public final CuttableProxy proxy;
  /** What the engines of this fixture count (task runs, broker errors, takeovers, gauges). */
  public final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
  public final NseCalendar calendar = NseCalendar.bundled();
  /** Users whose broker is replaced (e.g. by one that always fails). */
  public final Map<Long, UnaryOperator<Broker>> brokerOverrides = new ConcurrentHashMap<>();
  /** The market data each paper user trades on; simulated by default (set it before {@link #startEngine}). */
  public java.util.function.LongFunction<in.neotrader.core.marketdata.MarketData> marketData =
      userId -> new SimulatedMarketData(userId, calendar);
  /** The instruments of paper users: those of their (simulated) market data unless a test lists them in the store. */
  public InstrumentSource instruments = InstrumentSource.SIMULATED;
  private final PaperAccounts paper = new PaperAccounts(userId -> marketData.apply(userId),
      (request, prices) -> instruments.open(request, prices), AmoLimit.DEFAULT);
  /** How broker-mode users' accounts open; by default they cannot (set it before {@link #startEngine}). */
  public TradingAccountFactory brokerAccounts = request -> Future.failedFuture(
      new IllegalStateException("this fixture has no broker accounts"));
  private TradingEngine engine;

  public EngineFixture(LocalDateTime startIst) {
    this(startIst, 4);
  }

  /** With a pool of {@code poolSize} connections (the benchmark sizes it like a server's). */
  public EngineFixture(LocalDateTime startIst, int poolSize) {
    this(startIst, poolSize, false);
  }

  private EngineFixture(LocalDateTime startIst, int poolSize, boolean behindProxy) {
    proxy = behindProxy ? CuttableProxy.start(vertx, database.port()) : null;
    pool = proxy == null ? database.pool(vertx, poolSize) : database.poolOnPort(vertx, poolSize, proxy.port());
    clock = SimulatedClock.frozenAt(startIst.atZone(TradingClock.IST).toInstant());
    timers = new SteppedTimers(clock);
  }

  /** The engine's database behind a {@link CuttableProxy} ({@link #proxy}), to cut it and restore it. */
  public static EngineFixture behindCuttableProxy(LocalDateTime startIst) {
    return new EngineFixture(startIst, 4, true);
  }

  public long createUser(String email) throws Exception {
    return await(new UserRepository(pool).create(email, "not-a-real-hash", Role.TRADER)).id();
  }

  public TradingEngine startEngine(String nodeId) throws Exception {
    return startEngine(nodeId, 1_000, 30);
  }

  /** With the node's heartbeat every {@code heartbeatMillis} and leases of {@code leaseSeconds}. */
  public TradingEngine startEngine(String nodeId, long heartbeatMillis, int leaseSeconds) throws Exception {
    EngineSettings settings = new EngineSettings(clock, nodeId, Optional.of(false), heartbeatMillis, leaseSeconds,
        30_000, 500, 100, Optional.empty());
    TradingAccountFactory paperAccounts = request -> paper.open(request).map(account ->
        brokerOverrides.containsKey(request.userId()) ? overridden(account, brokerOverrides.get(request.userId()))
            : account);
    TradingAccountFactory accounts = new AccountsByTradeMode(paperAccounts, request -> brokerAccounts.open(request));
    engine = await(vertx.executeBlocking(() -> null).compose(v ->
        TradingEngine.start(vertx, pool, settings, calendar, timers, accounts,
            new in.neotrader.verticles.metrics.EngineMeters(meters))));
    return engine;
  }

  public TradingEngine engine() {
    return engine;
  }

  public void stopEngine() throws Exception {
    await(engine.stop());
  }

  public void runUntil(LocalDateTime ist) throws Exception {
    timers.runUntil(ist.atZone(TradingClock.IST).toInstant());
  }

  public List<Row> query(String sql, Object... params) throws Exception {
    List<Row> rows = new ArrayList<>();
    await(pool.preparedQuery(sql).execute(Tuple.wrap(params))).forEach(rows::add);
    return rows;
  }

  public static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  private static TradingAccount overridden(TradingAccount account, UnaryOperator<Broker> override) {
    Broker broker = override.apply(account.broker());
    return new TradingAccount() {
      public Broker broker() {
        return broker;
      }

      public in.neotrader.core.marketdata.MarketData marketData() {
        return account.marketData();
      }

      public String source() {
        return account.source();
      }

      public boolean fundsExcludePendingBuys() {
        return account.fundsExcludePendingBuys();
      }

      public in.neotrader.core.instruments.Instruments instruments() {
        return account.instruments();
      }

      public AmoLimit amoLimit() {
        return account.amoLimit();
      }

      public Future<Void> catchUp(Instant now) {
        return account.catchUp(now);
      }
    };
  }

  @Override
  public void close() throws Exception {
    if (engine != null) {
      try {
        await(engine.stop());
      } catch (Exception ignored) {
        // already stopped by the test
      }
    }
    await(pool.close());
    if (proxy != null) {
      proxy.close();
    }
    await(vertx.close());
  }

  public static Set<String> distinct(List<Row> rows, String column) {
    Set<String> out = new java.util.TreeSet<>();
    rows.forEach(r -> out.add(String.valueOf(r.getValue(column))));
    return out;
  }
}
