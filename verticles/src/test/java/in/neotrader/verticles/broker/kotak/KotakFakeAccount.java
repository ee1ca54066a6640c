package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.orders.ClientOrderId;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.core.orders.OrderSide;
import in.neotrader.core.tasks.TradingTask;
import in.neotrader.verticles.broker.kotak.fake.FakeKotakNeoServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A Vert.x instance, a started fake and a broker logged into it with short timeouts, for one test. */
final class KotakFakeAccount implements AutoCloseable {

  static final BigDecimal AMO_LIMIT = new BigDecimal("2512.35");

  static final KotakCredentials CREDENTIALS = new KotakCredentials("access-7f3a9c1e-token", "+919812345678", "XY9K2",
      "482913", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  static final Duration CALL_TIMEOUT = Duration.ofMillis(1000);

  private static boolean warmedUp;

  final Vertx vertx;
  final FakeKotakNeoServer fake;
  final KotakNeoBroker broker;

  private KotakFakeAccount(Vertx vertx, FakeKotakNeoServer fake, KotakCredentials credentials, Clock clock) {
    this.vertx = vertx;
    this.fake = fake;
    KotakSettings settings = new KotakSettings(fake.loginUrl(), CALL_TIMEOUT, 3, Duration.ofMillis(20));
    this.broker = new KotakNeoBroker(vertx, credentials, settings, InstrumentTokens.of(Map.of("RELIANCE-EQ", "2885")),
        clock);
  }

  static KotakFakeAccount start() {
    return start(CREDENTIALS);
  }

  /** The broker uses {@code credentials}; the fake expects {@link #CREDENTIALS}. */
  static KotakFakeAccount start(KotakCredentials credentials) {
    return start(credentials, Clock.systemUTC());
  }

  /** Broker and fake on {@code clock}, as the exchange and the service share the wall time. */
  static KotakFakeAccount start(KotakCredentials credentials, Clock clock) {
    warmUpOnce();
    Vertx vertx = Vertx.vertx();
    FakeKotakNeoServer fake = await(FakeKotakNeoServer.start(vertx, CREDENTIALS, clock));
    return new KotakFakeAccount(vertx, fake, credentials, clock);
  }

  /**
   * The first HTTP exchange in a fresh JVM loads Netty, Jackson and the router, which takes seconds
   * on a busy build machine and would trip the short timeouts the fault tests rely on.
   */
  private static synchronized void warmUpOnce() {
    if (warmedUp) {
      return;
    }
    Vertx vertx = Vertx.vertx();
    FakeKotakNeoServer fake = await(FakeKotakNeoServer.start(vertx, CREDENTIALS));
    try (KotakNeoBroker broker = new KotakNeoBroker(vertx, CREDENTIALS, KotakSettings.defaults(fake.loginUrl()),
        InstrumentTokens.of(Map.of()))) {
      await(broker.funds());
    }
    await(fake.stop());
    await(vertx.close());
    warmedUp = true;
  }

  static <T> T await(Future<T> future) {
    try {
      return future.await(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within 10 s", e);
    }
  }

  /** The BrokerException a call failed with. */
  static BrokerException failure(Future<?> future) {
    try {
      future.await(10, TimeUnit.SECONDS);
    } catch (BrokerException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("expected a BrokerException, got " + e, e);
    }
    throw new AssertionError("expected a BrokerException, the call succeeded");
  }

  /** The entry the buy task sends: a LIMIT AMO buy, here at {@link #AMO_LIMIT}. */
  static OrderRequest amoBuy(String symbol, int quantity) {
    return OrderRequest.amoLimitBuy(id(symbol, OrderSide.BUY), symbol, quantity, AMO_LIMIT);
  }

  static ClientOrderId id(String symbol, OrderSide side) {
    return ClientOrderId.of(42, LocalDate.of(2026, 11, 25), TradingTask.BUY_ORDERS, symbol, side, 1);
  }

  @Override
  public void close() {
    broker.close();
    await(fake.stop());
    await(vertx.close());
  }
}
