package in.neotrader.web;

import in.neotrader.sql.audit.AuditLogRepository;
import in.neotrader.sql.auth.RefreshTokenRepository;
import in.neotrader.sql.service.ServiceLogRepository;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.sql.service.TaskExecutionRepository;
import in.neotrader.sql.secrets.SealedSecrets;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.sql.users.UserRepository;
import in.neotrader.web.account.AccountRoutes;
import in.neotrader.web.account.BrokerCredentialRoutes;
import in.neotrader.web.account.SessionRoutes;
import in.neotrader.web.admin.AdminRoutes;
import in.neotrader.web.admin.MarketDataAdminRoutes;
import in.neotrader.web.audit.AuditTrail;
import in.neotrader.web.auth.AccessTokens;
import in.neotrader.web.backtest.BacktestRoutes;
import in.neotrader.web.auth.AccountEvents;
import in.neotrader.web.auth.ActiveAccounts;
import in.neotrader.web.auth.AuthRoutes;
import in.neotrader.web.auth.Authentication;
import in.neotrader.web.auth.PasswordHasher;
import in.neotrader.web.auth.RefreshTokens;
import in.neotrader.web.auth.SecondFactor;
import in.neotrader.web.auth.TotpSecrets;
import in.neotrader.web.errors.ErrorResponses;
import in.neotrader.web.guard.JsonBodiesOnly;
import in.neotrader.web.guard.NulCharacterGuard;
import in.neotrader.web.guard.SecurityHeaders;
import in.neotrader.web.keys.KeyRotation;
import in.neotrader.web.keys.Sealing;
import in.neotrader.web.keys.ServerKeys;
import in.neotrader.web.live.EventBridge;
import in.neotrader.web.ops.HealthRoutes;
import in.neotrader.web.ops.MetricsAccess;
import in.neotrader.web.ops.OperationsRoutes;
import in.neotrader.web.ops.TradingMetrics;
import in.neotrader.web.portfolio.ChartRoutes;
import in.neotrader.web.portfolio.AccountSummaryRoutes;
import in.neotrader.web.portfolio.PortfolioRoutes;
import in.neotrader.web.portfolio.TraderOrderRoutes;
import in.neotrader.web.portfolio.TradingConfigRoutes;
import in.neotrader.web.watchlist.WatchlistRoutes;
import in.neotrader.web.notify.NotificationRoutes;
import in.neotrader.web.risk.KillSwitchRoutes;
import in.neotrader.web.service.ServiceRoutes;
import in.neotrader.web.service.ServiceStatusView;
import in.neotrader.web.service.TradingCommands;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/**
 * Every route of the server, built once and mounted on each HTTP verticle's router, so throttles and caches
 * are shared by all event loops. The areas: ops, auth, the signed-in user, admin, live events, the UI.
 */
public final class ApiRoutes {
  /** Bodies are small commands; a larger one is refused with 413 before any handler sees it. */
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  private final Vertx vertx;
  private final HealthRoutes health;
  private final OperationsRoutes operations;
  private final Authentication authentication;
  private final AuthRoutes auth;
  private final AccountRoutes account;
  private final BrokerCredentialRoutes brokerCredentials;
  private final ServiceRoutes service;
  private final PortfolioRoutes portfolio;
  private final ChartRoutes charts;
  private final TraderOrderRoutes traderOrders;
  private final AccountSummaryRoutes accountSummary;
  private final SessionRoutes sessions;
  private final TradingConfigRoutes tradingConfig;
  private final WatchlistRoutes watchlist;
  private final BacktestRoutes backtests;
  private final AuditTrail audit;
  private final AdminRoutes admin;
  private final MarketDataAdminRoutes marketDataAdmin;
  private final EventBridge events;
  private final KillSwitchRoutes killSwitch;
  private final NotificationRoutes notifications;
  private final SecurityHeaders securityHeaders = SecurityHeaders.forShippedPage();

  public ApiRoutes(Vertx vertx, Pool pool, ServerKeys keys, PrometheusMeterRegistry registry, TradingMetrics metrics,
      JsonObject config) {
    Clock clock = Clock.systemUTC();
    UserRepository users = new UserRepository(pool);
    UserSettingsRepository settings = new UserSettingsRepository(pool);
    TaskExecutionRepository executions = new TaskExecutionRepository(pool);
    Sealing sealing = new Sealing(keys.credentialKeys());
    AccessTokens accessTokens = new AccessTokens(vertx, keys.jwtSecret(),
        Integer.parseInt(String.valueOf(config.getValue("ACCESS_TOKEN_SECONDS", AccessTokens.DEFAULT_LIFETIME_SECONDS))));
    ActiveAccounts accounts = new ActiveAccounts(users);
    AccountEvents accountEvents = new AccountEvents(vertx.eventBus());
    accountEvents.onDisabled(accounts::forget);
    RefreshTokens refreshTokens = new RefreshTokens(new RefreshTokenRepository(pool), clock);
    TotpSecrets totp = new TotpSecrets(users, sealing, new SecondFactor(clock));
    TradingCommands commands = new TradingCommands(vertx.eventBus());
    this.vertx = vertx;
    this.audit = new AuditTrail(new AuditLogRepository(pool), clock);
    this.health = new HealthRoutes(pool);
    this.operations = new OperationsRoutes(registry, metrics, MetricsAccess.fromConfig(config));
    this.authentication = new Authentication(accessTokens, accounts);
    this.auth = new AuthRoutes(users, new PasswordHasher(vertx), accessTokens, refreshTokens, totp, audit, clock);
    this.account = new AccountRoutes(users, settings, totp, commands, audit, clock);
    this.brokerCredentials = new BrokerCredentialRoutes(settings, sealing, audit, clock);
    this.service = new ServiceRoutes(commands,
        new ServiceStatusView(new ServiceStatusRepository(pool), executions, commands, clock), executions,
        new ServiceLogRepository(pool), audit);
    this.portfolio = PortfolioRoutes.create(pool);
    this.charts = new ChartRoutes(vertx.eventBus(), pool);
    this.traderOrders = new TraderOrderRoutes(commands, pool, audit);
    this.accountSummary = new AccountSummaryRoutes(pool);
    this.sessions = new SessionRoutes(refreshTokens, audit);
    this.tradingConfig = TradingConfigRoutes.create(pool, audit);
    this.watchlist = new WatchlistRoutes(pool, audit, clock);
    this.backtests = new BacktestRoutes(vertx, pool);
    this.admin = new AdminRoutes(users, commands, refreshTokens, accounts, accountEvents,
        new KeyRotation(new SealedSecrets(pool), sealing, clock), audit);
    this.marketDataAdmin = new MarketDataAdminRoutes(pool, clock);
    this.events = new EventBridge(vertx, authentication, accountEvents);
    this.killSwitch = new KillSwitchRoutes(pool, commands, audit, clock);
    this.notifications = new NotificationRoutes(pool, sealing,
        Boolean.parseBoolean(String.valueOf(config.getValue("NOTIFY_ALLOW_PRIVATE_WEBHOOKS", "false"))), audit, clock);
  }

  public Router router() {
    Router router = Router.router(vertx);
    router.route().handler(securityHeaders::add);
    health.mount(router);
    operations.mount(router);
    // No file uploads: the API takes JSON only, and nothing may leave files on the server's disk.
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES))
        .handler(JsonBodiesOnly::check).handler(NulCharacterGuard::check);

    Router authRouter = Router.router(vertx);
    auth.mount(authRouter);
    router.route("/api/v1/auth/*").subRouter(authRouter);

    Router user = Router.router(vertx);
    user.route().handler(authentication::requireTrader);
    account.mount(user);
    brokerCredentials.mount(user);
    service.mount(user);
    portfolio.mount(user);
    charts.mount(user);
    traderOrders.mount(user);
    accountSummary.mount(user);
    sessions.mount(user);
    tradingConfig.mount(user);
    watchlist.mount(user);
    backtests.mount(user);
    killSwitch.mountUser(user);
    notifications.mount(user);
    audit.mount(user);
    router.route("/api/v1/user/*").subRouter(user);

    Router adminRouter = Router.router(vertx);
    adminRouter.route().handler(authentication::requireTrader).handler(authentication::requireAdmin);
    admin.mount(adminRouter);
    marketDataAdmin.mount(adminRouter);
    killSwitch.mountAdmin(adminRouter);
    router.route("/api/v1/admin/*").subRouter(adminRouter);

    events.mount(router);
    router.route("/webjars/*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(StaticHandler.create("META-INF/resources/webjars").setCachingEnabled(true));
    // The pages: read-only, and never an /api path (an unknown API path is a 404, not a wrong method).
    router.routeWithRegex("^/(?!api/).*").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(StaticHandler.create("webroot").setIndexPage("index.html"));
    ErrorResponses.install(router);
    return router;
  }
}
