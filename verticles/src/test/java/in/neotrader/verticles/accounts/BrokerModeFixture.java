package in.neotrader.verticles.accounts;

import in.neotrader.core.credentials.CredentialCipher;
import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.core.orders.AmoLimit;
import in.neotrader.verticles.metrics.EngineMeters;
import in.neotrader.sql.settings.TradeMode;
import in.neotrader.sql.settings.UserSettingsRepository;
import in.neotrader.verticles.broker.kotak.InstrumentTokens;
import in.neotrader.verticles.broker.kotak.KotakCredentials;
import in.neotrader.verticles.broker.kotak.KotakSettings;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import in.neotrader.verticles.testing.EngineFixture;
import in.neotrader.verticles.testing.LoopbackCertificate;
import in.neotrader.verticles.testing.ListedInstruments;
import io.vertx.core.json.JsonObject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * An engine fixture whose broker-mode users trade at a {@link FakeKotakNeoServer}, with the simulated universe
 * listed in the instrument store: the tasks run on the stepped clock, Kotak (TOTP codes, sessions, order times)
 * on the wall clock, as in production.
 */
final class BrokerModeFixture implements AutoCloseable {

  static final KotakCredentials ACCOUNT = new KotakCredentials("access-5d1e8b77-token", "+919876501234", "QZ7T4",
      "731904", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");

  static final Duration LOST_ANSWER_WINDOW = Duration.ofMillis(120);
  static final Duration LOST_ANSWER_INTERVAL = Duration.ofMillis(10);

  final EngineFixture fx;
  final FakeKotakNeoServer fake;
  /** What the broker accounts count (broker errors by kind). */
  final io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
      new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
  final CredentialCipher cipher;

  BrokerModeFixture(LocalDateTime startIst) throws Exception {
    this(startIst, Optional.empty());
  }

  /** With {@code tls}, the fake serves HTTPS as Kotak does (the clients must trust the certificate). */
  BrokerModeFixture(LocalDateTime startIst, Optional<LoopbackCertificate> tls) throws Exception {
    fx = new EngineFixture(startIst);
    fake = EngineFixture.await(tls.isPresent() ? FakeKotakNeoServer.startTls(fx.vertx, ACCOUNT, tls.get().serverKey())
        : FakeKotakNeoServer.start(fx.vertx, ACCOUNT));
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    cipher = new CredentialCipher(Map.of("k7", key), "k7");
    // The lost-answer search keeps its shape (60 s, a look every 5 s: 13 looks), only 500 times faster.
    KotakSettings settings = new KotakSettings(fake.loginUrl(), Duration.ofSeconds(3), 3, Duration.ofMillis(20))
        .withLostAnswerSearch(LOST_ANSWER_WINDOW, LOST_ANSWER_INTERVAL);
    fx.brokerAccounts = new KotakAccounts(Optional.of(cipher), settings, InstrumentTokens.of(Map.of()),
        userId -> new SimulatedMarketData(userId, fx.calendar), AmoLimit.DEFAULT, new EngineMeters(meters));
    // Broker orders go to the stored instruments only: the simulated universe, listed as EQ.
    ListedInstruments.equities(fx, SimulatedMarketData.DEFAULT_UNIVERSE.keySet(), startIst.toLocalDate());
  }

  /** A user in broker mode whose saved credentials are {@code credentials}, sealed as the web API seals them. */
  long brokerUser(String email, KotakCredentials credentials) throws Exception {
    return brokerUser(email, credentials, new JsonObject());
  }

  /** The same, reaching Kotak by {@code route} (the fields of {@link in.neotrader.verticles.broker.kotak.KotakRoute}). */
  long brokerUser(String email, KotakCredentials credentials, JsonObject route) throws Exception {
    long userId = fx.createUser(email);
    EngineFixture.await(SavedBrokerCredentials.save(fx.pool, cipher, userId, credentials, route, fx.clock.now()));
    EngineFixture.await(new UserSettingsRepository(fx.pool).setTradeMode(userId, TradeMode.BROKER, fx.clock.now()));
    return userId;
  }

  void saveCredentials(long userId, KotakCredentials credentials) throws Exception {
    EngineFixture.await(SavedBrokerCredentials.save(fx.pool, cipher, userId, credentials, fx.clock.now()));
  }

  @Override
  public void close() throws Exception {
    try {
      fx.stopEngine();
    } catch (Exception alreadyStopped) {
      // the test stopped it
    }
    EngineFixture.await(fake.stop());
    fx.close();
  }
}
