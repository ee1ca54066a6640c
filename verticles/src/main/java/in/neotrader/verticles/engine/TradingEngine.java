package in.neotrader.verticles.engine;

import in.neotrader.core.calendar.NseCalendar;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.clock.SimulatedClock;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.sql.marketdata.DailyCandleReads;
import in.neotrader.sql.watchlist.WatchlistRepository;
import in.neotrader.verticles.marketdata.ChartCandles;
import in.neotrader.verticles.marketdata.MarketDataChoice;
import in.neotrader.verticles.marketdata.StoredMarketData;
import in.neotrader.verticles.marketdata.universe.AnalysisUniverse;
import in.neotrader.verticles.marketdata.universe.DefaultUniverse;
import in.neotrader.verticles.marketdata.universe.UniverseFile;
import in.neotrader.verticles.marketdata.ingest.MarketDataSettings;
import in.neotrader.verticles.marketdata.quotes.LiveQuotes;
import in.neotrader.verticles.accounts.AccountsByTradeMode;
import in.neotrader.verticles.accounts.InstrumentSource;
import in.neotrader.verticles.accounts.KotakAccounts;
import in.neotrader.verticles.accounts.PaperAccounts;
import in.neotrader.verticles.accounts.TradingAccountFactory;
import in.neotrader.verticles.broker.kotak.InstrumentTokens;
import in.neotrader.sql.notify.NotificationOutbox;
import in.neotrader.verticles.broker.kotak.KotakSettings;
import in.neotrader.verticles.notify.NotificationDispatcher;
import in.neotrader.verticles.notify.NotifySettings;
import in.neotrader.verticles.demo.DemoTrader;
import in.neotrader.sql.clock.SharedSimulatedClock;
import in.neotrader.verticles.events.UserEvents;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.verticles.service.ServiceManager;
import in.neotrader.verticles.trading.EngineServices;
import in.neotrader.verticles.trading.SlotTimers;
import in.neotrader.verticles.trading.TaskTimers;
import in.neotrader.verticles.trading.UserClocks;
import in.neotrader.verticles.trading.VertxTaskTimers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import in.neotrader.sql.users.User;
import java.util.Map;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.LongFunction;

/**
 * The trading side of the server: one {@link ServiceManager} per node, which resumes and runs the users'
 * trading verticles. Start it after the database, before HTTP; stop it before the database closes.
 */
public final class TradingEngine {
  private static final Logger LOG = LoggerFactory.getLogger(TradingEngine.class);

  /** No scrip master download yet: Kotak quotes fall back to the market data (KotakAccountBroker). */
  private static final InstrumentTokens NO_SCRIP_MASTER = InstrumentTokens.of(Map.of());

  private final Vertx vertx;
  private final String deploymentId;
  private final ServiceManager manager;
  private final EngineServices services;
  private MessageConsumer<JsonObject> chartCandles;

  private TradingEngine(Vertx vertx, String deploymentId, ServiceManager manager, EngineServices services) {
    this.vertx = vertx;
    this.deploymentId = deploymentId;
    this.manager = manager;
    this.services = services;
  }

  /**
   * Reads CLOCK, NODE_ID, DEMO, CREDENTIALS_KEY/_ID/CREDENTIALS_PREVIOUS_KEYS, KOTAK_BASE_URL, UNIVERSE_FILE and the
   * Kotak rate limits (KOTAK_ORDERS_PER_SECOND, KOTAK_CALLS_PER_SECOND) from
   * {@code config}, deploys the service manager,
   * resumes every running user and, on a new database ({@code freshDatabase}) unless DEMO=false, or when
   * DEMO=true, creates the demo trader. The demo trader (also one from an earlier start, unless DEMO=false) runs
   * on its own accelerated clock; every other user on CLOCK. Paper accounts trade on simulated market data seeded per user; broker
   * accounts send their orders to Kotak Neo and use the same market data for the strategy.
   */
  public static Future<TradingEngine> start(Vertx vertx, Pool pool, JsonObject config, boolean freshDatabase) {
    return start(vertx, pool, config, freshDatabase, EngineMeters.unscraped());
  }

  /** As above, counting into {@code meters} (the server's /metrics). */
  public static Future<TradingEngine> start(Vertx vertx, Pool pool, JsonObject config, boolean freshDatabase,
      EngineMeters meters) {
    EngineSettings settings = EngineSettings.fromConfig(config);
    // A simulated CLOCK is the deployment's, kept in the database: the same time on every node and after restarts.
    Future<EngineSettings> clocked = settings.clock() instanceof SimulatedClock simulated
        ? SharedSimulatedClock.of(pool, config.getString("CLOCK"), simulated).map(settings::withClock)
        : Future.succeededFuture(settings);
    return clocked.compose(configured -> start(vertx, pool, config, freshDatabase, meters, configured));
  }

  private static Future<TradingEngine> start(Vertx vertx, Pool pool, JsonObject config, boolean freshDatabase,
      EngineMeters meters, EngineSettings configured) {
    NseCalendar calendar = NseCalendar.bundled();
    boolean demo = configured.demo().orElse(freshDatabase);
    // The default universe first: a malformed file refuses the start before anything is created.
    Future<DefaultUniverse> universe = vertx.executeBlocking(() -> UniverseFile.fromConfig(config), false);
    // The demo user first (its password hash takes a while): an accelerated clock started before it would
    // have run past the afternoon tasks by the time the service starts.
    Future<Optional<User>> demoUser = universe.compose(u -> demo ? DemoTrader.create(vertx, pool)
        : Future.succeededFuture(Optional.empty()));
    // An existing demo trader (a restart) keeps its own clock too, unless DEMO=false makes it a plain user.
    boolean demoClock = configured.demo().orElse(true);
    Future<Optional<User>> demoTrader = demoUser.compose(created -> created.isPresent() || !demoClock
        ? Future.succeededFuture(created) : DemoTrader.existing(pool));
    return demoTrader.compose(trader -> {
      boolean simulatedClock = configured.clock() instanceof SimulatedClock;
      UserClocks everyone = UserClocks.everyone(configured.clock(), simulatedClock);
      // A demo on the real clock would show nothing for hours: it runs accelerated, on its own clock only.
      UserClocks clocks = trader.filter(t -> !simulatedClock)
          .map(t -> everyone.withDemo(t.id(), DemoTrader.clock(calendar))).orElse(everyone);
      DailyCandleReads candles = new DailyCandleReads(pool);
      MarketDataSettings sources = MarketDataSettings.fromConfig(config);
      AnalysisUniverse analysed = new AnalysisUniverse(universe.result(), new WatchlistRepository(pool), candles);
      MarketData stored = new StoredMarketData(candles, calendar, analysed::of,
          Optional.of(LiveQuotes.yahoo(vertx, pool, sources, clocks.configured())));
      // Broker users' live prices come from Kotak's own quotes (the same candles, another quote cache).
      MarketData storedForBroker = new StoredMarketData(candles, calendar, analysed::of,
          Optional.of(LiveQuotes.forBroker(vertx, pool, sources, clocks.configured())));
      LongFunction<MarketData> simulated = userId -> new SimulatedMarketData(userId, calendar);
      AmoLimit amoLimit = EngineSettings.amoLimit(config);
      LongFunction<MarketData> paperData = MarketDataChoice.marketData(clocks::simulated, "paper", simulated, stored);
      LongFunction<MarketData> brokerData = MarketDataChoice.marketData(clocks::simulated, "broker", simulated,
          storedForBroker);
      TradingAccountFactory accounts = new AccountsByTradeMode(
          new PaperAccounts(paperData, InstrumentSource.of(clocks::simulated, "paper"), amoLimit),
          new KotakAccounts(configured.credentials(), KotakSettings.fromConfig(config), NO_SCRIP_MASTER, brokerData,
              amoLimit, meters));
      ChartCandles charts = new ChartCandles(pool, clocks, simulated, candles);
      // Only a demo created now is started here; an existing one resumes if its service was running.
      return deployNotifications(vertx, pool, configured, config)
          .compose(v -> start(vertx, pool, configured, clocks, calendar, VertxTaskTimers.outlivingVerticles(vertx), accounts,
              meters))
          .compose(engine -> engine.answerCharts(charts))
          .compose(engine -> demoUser.result().map(u -> engine.startService(u.id()).map(engine))
              .orElseGet(() -> Future.succeededFuture(engine)));
    });
  }

  /** The outbox's delivery on this node; without the credentials key the channels cannot be opened here. */
  private static Future<Void> deployNotifications(Vertx vertx, Pool pool, EngineSettings configured,
      JsonObject config) {
    if (configured.credentials().isEmpty()) {
      LOG.warn("No CREDENTIALS_KEY on this node: notifications are queued but not delivered from it");
      return Future.succeededFuture();
    }
    return vertx.deployVerticle(new NotificationDispatcher(pool, configured.credentials().get(),
        NotifySettings.fromConfig(config), Clock.systemUTC())).mapEmpty();
  }

  /** As above, for a server that does not know whether its database is new: the demo only with DEMO=true. */
  public static Future<TradingEngine> start(Vertx vertx, Pool pool, JsonObject config) {
    return start(vertx, pool, config, false);
  }

  /**
   * The same with every collaborator given: tests and the benchmark inject timers and accounts. Every user runs
   * on the settings' clock, which stands for wall time (a test's stepped clock may trade with the broker fake).
   */
  public static Future<TradingEngine> start(Vertx vertx, Pool pool, EngineSettings settings, NseCalendar calendar,
      TaskTimers timers, TradingAccountFactory accounts, EngineMeters meters) {
    return start(vertx, pool, settings, UserClocks.everyone(settings.clock(), false), calendar, timers, accounts,
        meters);
  }

  private static Future<TradingEngine> start(Vertx vertx, Pool pool, EngineSettings settings, UserClocks clocks,
      NseCalendar calendar, TaskTimers timers, TradingAccountFactory accounts, EngineMeters meters) {
    // One timer per (task, slot) for the node, fanning out to its users, rather than one per user and task.
    EngineServices services = new EngineServices(pool, clocks, calendar, settings.nodeId(),
        new SlotTimers(timers, SlotTimers.IN_FLIGHT),
        accounts, new UserEvents(vertx.eventBus(), Optional.of(new NotificationOutbox(pool))), settings.taskTimeoutMillis(), settings.stopGraceMillis(),
        settings.outageRetryMillis(), settings.leaseSeconds(), meters);
    ServiceManager manager = new ServiceManager(services, settings.heartbeatMillis());
    return vertx.deployVerticle(manager).map(id -> new TradingEngine(vertx, id, manager, services));
  }

  /** Asks the manager to start a user's service, as the web API does. */
  public Future<JsonObject> startService(long userId) {
    return command("start", userId);
  }

  public Future<JsonObject> stopService(long userId) {
    return command("stop", userId);
  }

  public Future<JsonObject> command(String action, long userId) {
    return vertx.eventBus().<JsonObject>request(ServiceManager.ADDRESS,
        new JsonObject().put("action", action).put("userId", userId)).map(m -> m.body());
  }

  public String nodeId() {
    return services.nodeId();
  }

  /** This node's failed heartbeats since it started (each one logged): the metric that warns of lost leases. */
  public long heartbeatFailures() {
    return manager.heartbeatFailures();
  }

  public int runningHere() {
    return manager.runningHere();
  }

  private Future<TradingEngine> answerCharts(ChartCandles charts) {
    chartCandles = vertx.eventBus().localConsumer(ChartCandles.ADDRESS, charts);
    return chartCandles.completion().map(this);
  }

  /** Stops every trading verticle of this node (their leases released) and the manager. */
  public Future<Void> stop() {
    Future<Void> charts = chartCandles == null ? Future.succeededFuture() : chartCandles.unregister();
    return charts.compose(v -> vertx.undeploy(deploymentId));
  }
}
