package in.neotrader.verticles.broker.kotak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.orders.OrderState;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kotak rows as the API sends them: statuses in lower case, numbers as strings, "--" for nothing. */
class KotakOrderMapperTest {

  @ParameterizedTest(name = "{0} with {2}/{1} filled is {3}")
  @CsvSource({
      "put order req received, 10, 0, NEW",
      "validation pending, 10, 0, NEW",
      "open pending, 10, 0, NEW",
      "after market order req received, 10, 0, AMO_PENDING",
      "modify after market order req received, 10, 0, AMO_PENDING",
      "open, 10, 0, OPEN",
      "open, 10, 4, PARTIALLY_FILLED",
      "trigger pending, 10, 0, OPEN",
      "modified, 10, 0, OPEN",
      "modify pending, 10, 3, PARTIALLY_FILLED",
      "cancel pending, 10, 0, OPEN",
      "complete, 10, 10, FILLED",
      "traded, 10, 10, FILLED",
      "cancelled, 10, 4, CANCELLED",
      "cancelled after market order, 10, 0, CANCELLED",
      "rejected, 10, 0, REJECTED",
      "something new, 10, 0, NEW",
  })
  void everyKotakStatusHasANeutralState(String status, int ordered, int filled, OrderState expected) {
    assertThat(KotakOrderMapper.state(status, ordered, filled)).isEqualTo(expected);
  }

  @Test
  void orderBookRowWithStringNumbers() {
    JsonObject row = new JsonObject().put("nOrdNo", "250720000007242").put("ordSt", "Open").put("trdSym", "M&M-EQ")
        .put("trnsTp", "S").put("prcTp", "L").put("qty", "25").put("fldQty", "5").put("prc", "1,234.50")
        .put("avgPrc", "1234.55").put("rejRsn", "--").put("ordGenTp", "NA").put("GuiOrdId", "")
        .put("ordDtTm", "22-Jan-2025 14:28:01");

    BrokerOrder order = KotakOrderMapper.order(row);

    assertThat(order.state()).isEqualTo(OrderState.PARTIALLY_FILLED);
    assertThat(order.quantity()).isEqualTo(25);
    assertThat(order.filledQuantity()).isEqualTo(5);
    assertThat(order.limitPrice()).isEqualByComparingTo("1234.50");
    assertThat(order.averagePrice()).isEqualByComparingTo("1234.55");
    assertThat(order.clientOrderId()).isEmpty();
    assertThat(order.remark()).isEmpty();
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2025-01-22T08:58:01Z"));
  }

  @Test
  void unknownStatusIsKeptInTheRemarkForTheOperator() {
    JsonObject row = new JsonObject().put("nOrdNo", "1").put("ordSt", "frozen by exchange").put("qty", "1")
        .put("fldQty", "0");

    assertThat(KotakOrderMapper.order(row).remark()).contains("frozen by exchange");
  }

  @Test
  void answerWithoutDataIsUnreadableNotAnEmptyBook() {
    assertThatThrownBy(() -> KotakAccountMapper.rows(new JsonObject().put("stat", "Ok")))
        .isInstanceOfSatisfying(BrokerException.class,
            e -> assertThat(e.code()).isEqualTo(BrokerException.Code.UNAVAILABLE));
  }

  @Test
  void zeroIsSentAsZeroNeverAsDecimalsOrBlank() {
    assertThat(KotakFields.number(null)).isEqualTo("0");
    assertThat(KotakFields.number(new BigDecimal("0.00"))).isEqualTo("0");
    assertThat(KotakFields.number(new BigDecimal("2450.50"))).isEqualTo("2450.5");
  }

  @Test
  void positionNetQuantityAddsCarriedAndTodaysTrades() {
    JsonObject answer = new JsonObject().put("data", new JsonArray().add(new JsonObject().put("trdSym", "TCS-EQ")
        .put("cfBuyQty", "10").put("flBuyQty", "5").put("cfSellQty", "0").put("flSellQty", "12")
        .put("cfBuyAmt", "41000.00").put("buyAmt", "20500.00").put("cfSellAmt", "0").put("sellAmt", "49800.00")));

    var position = KotakAccountMapper.positions(answer).get(0);

    assertThat(position.netQuantity()).isEqualTo(3);
    assertThat(position.buyValue()).isEqualByComparingTo("61500");
    assertThat(position.sellValue()).isEqualByComparingTo("49800");
  }

  @Test
  void holdingsCarryJsonNumbersAndLimitsStrings() {
    JsonObject holdings = new JsonObject().put("data", new JsonArray().add(new JsonObject()
        .put("displaySymbol", "IDEA").put("quantity", 100).put("averagePrice", 7.35)));

    assertThat(KotakAccountMapper.holdings(holdings).get(0).averagePrice()).isEqualByComparingTo("7.35");
    assertThat(KotakAccountMapper.funds(new JsonObject().put("Net", "5321.75"))).isEqualByComparingTo("5321.75");
  }
}
