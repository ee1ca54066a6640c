package in.neotrader.verticles.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.marketdata.SimulatedMarketData;
import in.neotrader.verticles.testing.EngineFixture;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Broker-mode AMO buys are LIMIT orders at the last close + 2 %, down to the instrument's tick, sent to the
 * trading symbol the instrument store lists (a trade-for-trade BE series included); a symbol the store does
 * not list is skipped with its reason, never sent under an invented symbol.
 */
class BrokerModeAmoLimitTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 12, 22);
  private static final BigDecimal CAP = new BigDecimal("1.02");

  @Test
  void amoBuysAreSentAsLimitsAtTheCappedCloseOnTheStoredInstrumentAndUnlistedSymbolsAreSkipped() throws Exception {
    try (BrokerModeFixture b = new BrokerModeFixture(MONDAY.atTime(15, 50))) {
      // Of the simulated universe in name order, every third symbol trades in BE only (tick 0.10), the next one is
      // not listed (of the three recommended, BHARTIARTL is BE, INFY unlisted, TATAMOTORS EQ).
      Map<String, String> seriesOf = new HashMap<>();
      List<String> universe = List.copyOf(new TreeSet<>(SimulatedMarketData.DEFAULT_UNIVERSE.keySet()));
      for (int i = 0; i < universe.size(); i++) {
        String symbol = universe.get(i);
        if (i % 3 == 0) {
          b.fx.query("UPDATE instruments SET series = 'BE', kotak_trading_symbol = symbol || '-BE', "
              + "kotak_token = '9' || kotak_token, tick_size = 0.10 WHERE symbol = $1", symbol);
          seriesOf.put(symbol, "BE");
        } else if (i % 3 == 1) {
          b.fx.query("DELETE FROM instruments WHERE symbol = $1", symbol);
        } else {
          seriesOf.put(symbol, "EQ");
        }
      }
      long user = b.brokerUser("limit@x.in", BrokerModeFixture.ACCOUNT);
      b.fake.setCash(new BigDecimal("5000000"));
      EngineFixture.await(b.fx.startEngine("node-a").startService(user));

      b.fx.runUntil(MONDAY.atTime(16, 10));

      List<Row> buys = b.fx.query("SELECT o.symbol, o.trading_symbol, o.order_type, o.price, o.broker_order_id, "
          + "o.metadata, i.kotak_token FROM orders o JOIN instruments i ON i.symbol = o.symbol "
          + "WHERE o.user_id = $1 AND o.side = 'BUY' ORDER BY o.symbol", user);
      assertThat(buys).extracting(r -> seriesOf.get(r.getString("symbol"))).as("both series bought")
          .contains("EQ", "BE");
      Map<String, JsonObject> atKotak = new HashMap<>();
      b.fake.orders().forEach(o -> atKotak.put(o.getString("nOrdNo"), o));
      assertThat(atKotak).hasSize(buys.size());
      for (Row r : buys) {
        String series = seriesOf.get(r.getString("symbol"));
        BigDecimal tick = new BigDecimal("BE".equals(series) ? "0.10" : "0.05");
        BigDecimal close = BigDecimal.valueOf(r.getJsonObject("metadata").getDouble("close"));
        BigDecimal limit = close.multiply(CAP).divide(tick, 0, RoundingMode.FLOOR).multiply(tick);
        JsonObject sent = atKotak.get(r.getString("broker_order_id"));
        assertThat(sent.getString("prcTp")).as("Kotak sees a LIMIT").isEqualTo("L");
        assertThat(new BigDecimal(String.valueOf(sent.getValue("prc")))).isEqualByComparingTo(limit);
        assertThat(sent.getString("trdSym")).isEqualTo(r.getString("symbol") + "-" + series);
        assertThat(r.getString("order_type")).isEqualTo("LIMIT");
        assertThat(r.getBigDecimal("price")).as("the limit stored with the order").isEqualByComparingTo(limit);
        assertThat(r.getString("trading_symbol")).isEqualTo(sent.getString("trdSym"));
        assertThat(r.getJsonObject("metadata").getString("token")).isEqualTo(r.getString("kotak_token"));
      }

      JsonArray skipped = b.fx.query("SELECT details FROM service_task_execution WHERE user_id = $1 "
          + "AND task_name = 'buy_orders' AND status = 'success'", user).get(0).getJsonObject(0).getJsonArray("skipped");
      List<String> unlisted = skipped.stream().map(JsonObject.class::cast)
          .filter(s -> "NOT_IN_INSTRUMENT_STORE".equals(s.getString("reason"))).map(s -> s.getString("symbol")).toList();
      assertThat(unlisted).as("a recommended symbol missing from the store").isNotEmpty()
          .allSatisfy(symbol -> assertThat(seriesOf).doesNotContainKey(symbol));
      assertThat(b.fx.query("SELECT count(*) FROM orders WHERE user_id = $1 AND symbol = ANY($2)", user,
          unlisted.toArray(new String[0])).get(0).getLong(0)).as("no order for an unlisted symbol").isZero();
    }
  }
}
