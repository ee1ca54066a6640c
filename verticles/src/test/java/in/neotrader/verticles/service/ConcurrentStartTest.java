package in.neotrader.verticles.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import in.neotrader.verticles.engine.TradingEngine;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.Future;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Starts racing each other must leave one trading verticle per user, never two trading one account. */
class ConcurrentStartTest {

  @Test
  void startsSentTogetherDeployOneTradingVerticle() throws Exception {
    try (EngineFixture fx = new EngineFixture(LocalDate.of(2025, 12, 22).atTime(10, 0, 30))) {
      long user = fx.createUser("racing@x.in");
      TradingEngine engine = fx.startEngine("node-a");
      int before = fx.vertx.deploymentIDs().size();

      EngineFixture.await(Future.all(engine.startService(user), engine.startService(user), engine.startService(user)));

      assertEquals(before + 1, fx.vertx.deploymentIDs().size(), "one trading verticle for the user");
      assertEquals(1, engine.runningHere());
      assertEquals(1L, fx.query("SELECT count(*) FROM paper_accounts WHERE user_id = $1", user).get(0).getLong(0));
    }
  }
}
