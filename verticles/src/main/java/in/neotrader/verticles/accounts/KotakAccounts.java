package in.neotrader.verticles.accounts;

import in.neotrader.core.clock.TradingClock;
import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.broker.kotak.InstrumentTokens;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.KotakRateGovernor;
import in.neotrader.verticles.broker.kotak.KotakRoute;
import in.neotrader.verticles.broker.kotak.KotakSettings;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens broker-mode accounts: the user's sealed Kotak credentials are opened here, inside the trading verticle,
 * with this node's keyring, and never leave it. A user whose credentials cannot be opened does not start; the
 * banner says the credentials must be saved again.
 */
public final class KotakAccounts implements TradingAccountFactory {
  private static final Logger LOG = LoggerFactory.getLogger(KotakAccounts.class);

  /**
   * Kotak's time: TOTP codes, the session's IST day and placement times always follow the wall clock, never a
   * user's trading clock (broker mode is refused on a simulated one, but a code from it would fail anyway).
   */
  static final Clock WALL_TIME = Clock.system(TradingClock.IST);

  private final Optional<CredentialCipher> cipher;
  private final KotakSettings settings;
  private final InstrumentTokens tokens;
  private final LongFunction<MarketData> marketDataOfUser;
  private final AmoLimit amoLimit;
  private final EngineMeters meters;

  public KotakAccounts(Optional<CredentialCipher> cipher, KotakSettings settings, InstrumentTokens tokens,
      LongFunction<MarketData> marketDataOfUser, AmoLimit amoLimit, EngineMeters meters) {
    this.meters = meters;
    this.cipher = cipher;
    this.settings = settings;
    this.tokens = tokens;
    this.marketDataOfUser = marketDataOfUser;
    this.amoLimit = amoLimit;
  }

  @Override
  public Future<TradingAccount> open(AccountRequest r) {
    BrokerSessionReport report = new BrokerSessionReport(r.pool(), r.events(), r.userId(), r.clock());
    MarketData marketData = marketDataOfUser.apply(r.userId());
    // Made after this node took the user's lease and kept for the account's life, across fresh sessions.
    KotakRateGovernor governor = KotakRateGovernor.afterLeaseTaken(r.vertx(), settings);
    return connect(r, governor, report)
        .recover(unusable -> {
          governor.close();
          return report.needsLogin().transform(v -> Future.failedFuture(unusable));
        })
        .compose(kotak -> {
          KotakAccount account = new KotakAccount(new KotakAccountBroker(kotak, report, marketData, r.clock(), WALL_TIME,
              new LostPlacementSearch(r.vertx(), settings), meters),
              // Real money goes to real instruments only: the store, whatever prices the strategy reads.
              marketData, InstrumentSource.STORED.open(r, marketData), amoLimit, () -> connect(r, governor, report), report,
              governor);
          return account.checkSession().map(account);
        });
  }

  /** A login of its own, with its own rate budget: the running session (if any) and its governor are left alone. */
  @Override
  public Future<JsonObject> testConnection(AccountRequest r) {
    BrokerSessionReport report = new BrokerSessionReport(r.pool(), r.events(), r.userId(), r.clock());
    KotakRateGovernor governor = KotakRateGovernor.standalone(r.vertx(), settings);
    return connect(r, governor, report)
        .compose(kotak -> new KotakConnectionCheck(r.vertx(), settings.callTimeout(), WALL_TIME).run(kotak, report)
            .onComplete(done -> kotak.close()))
        .recover(unusable -> Future.succeededFuture(new JsonObject().put("ok", false)
            .put("message", unusable.getMessage())))
        .onComplete(done -> governor.close());
  }

  private Future<KotakNeoBroker> connect(AccountRequest r, KotakRateGovernor governor, BrokerSessionReport report) {
    if (cipher.isEmpty()) {
      return Future.failedFuture(new IllegalStateException(
          "broker mode needs CREDENTIALS_KEY (and CREDENTIALS_KEY_ID) on this node to open the broker credentials"));
    }
    return new UserSettingsRepository(r.pool()).loadEncryptedCredentials(r.userId()).compose(sealed -> {
      if (sealed.isEmpty()) {
        return Future.failedFuture(new IllegalStateException("user " + r.userId() + " trades with the broker "
            + "but has no saved broker credentials"));
      }
      try {
        KotakRoute route = SealedKotakCredentials.openRoute(cipher.get(), r.userId(), sealed.get());
        LOG.info("User {} reaches Kotak through {}", r.userId(), route.describe());
        KotakNeoBroker kotak = new KotakNeoBroker(r.vertx(),
            SealedKotakCredentials.open(cipher.get(), r.userId(), sealed.get()), settings, tokens,
            WALL_TIME, governor, route);
        kotak.onAddressSeen(report::addresses);
        return Future.succeededFuture(kotak);
      } catch (RuntimeException unusable) {
        return Future.failedFuture(new IllegalStateException("broker credentials of user " + r.userId()
            + " cannot be opened: " + unusable.getMessage()));
      }
    });
  }
}
