package in.neotrader.web.browser;

import in.neotrader.web.ApiServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/** The real trading server (the API tests' fixture) on a fast simulated clock, for the browser tests. */
final class BrowserTestServer {
  /** Monday 3 March 2025, 15:55 IST, at 600 simulated seconds per second: analysis (16:00) and buy_orders (16:05) within seconds. */
  static final String FAST_CLOCK = "simulated:600@2025-03-03T15:55";
  private static final String ENGINE_CLASS = "in.neotrader.verticles.service.ServiceManager";

  private BrowserTestServer() {
  }

  static ApiServer start() {
    Chrome.requireBrowser();
    return ApiServer.start(Vertx.vertx(), new JsonObject().put("CLOCK", FAST_CLOCK).put("DEMO", false));
  }

  /** Whether the trading engine (which runs tasks and places orders) is part of this build yet. */
  static boolean engineIsBuilt() {
    try {
      Class.forName(ENGINE_CLASS);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }


  /** A user's answer to logging in, asked by the test itself (not through the page). */
  static JsonObject login(ApiServer server, String email, String password) {
    return server.send("POST", "/api/v1/auth/login", null,
        new JsonObject().put("email", email).put("password", password).encode()).json();
  }
}
