package in.neotrader.verticles.testing;

import in.neotrader.core.broker.Broker;
import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.marketdata.MarketData;
import in.neotrader.sql.service.ServiceStatusRepository;
import in.neotrader.verticles.accounts.TradingAccount;
import in.neotrader.verticles.session.UserSession;

/** A user whose service runs on "node-a" under a freshly claimed lease, trading through a given broker. */
public final class LeasedSession {

  private LeasedSession() {}

  public static UserSession of(EngineFixture fx, String email, Broker broker, String source) throws Exception {
    long userId = fx.createUser(email);
    ServiceStatusRepository status = new ServiceStatusRepository(fx.pool);
    EngineFixture.await(status.setRunning(userId, true, fx.clock.now()));
    long epoch = EngineFixture.await(status.tryClaim(userId, "node-a", 30)).orElseThrow();
    TradingAccount account = new TradingAccount() {
      public Broker broker() {
        return broker;
      }

      public MarketData marketData() {
        throw new UnsupportedOperationException("no market data in this test");
      }

      public String source() {
        return source;
      }

      public boolean fundsExcludePendingBuys() {
        throw new UnsupportedOperationException("no buy task in this test");
      }

      public in.neotrader.core.instruments.Instruments instruments() {
        throw new UnsupportedOperationException("no instruments in this test");
      }

      public in.neotrader.core.orders.AmoLimit amoLimit() {
        return in.neotrader.core.orders.AmoLimit.DEFAULT;
      }
    };
    return new UserSession(userId, epoch, "node-a", fx.vertx, fx.pool, fx.clock, fx.calendar,
        TradingConfig.defaults(), account);
  }
}
