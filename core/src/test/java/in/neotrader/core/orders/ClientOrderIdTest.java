package in.neotrader.core.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.tasks.TradingTask;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

  private static final LocalDate DAY = LocalDate.parse("2025-03-03");

  @Test
  void isReadableAndStable() {
    ClientOrderId id = ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 1);

    assertThat(id.value()).startsWith("u42-20250303-bo-B1-RELIANCE-").matches("[A-Za-z0-9-]+");
    assertThat(ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 1)).isEqualTo(id);
  }

  @Test
  void everyFieldChangesTheId() {
    Set<ClientOrderId> ids = new HashSet<>();
    ids.add(ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 1));
    ids.add(ClientOrderId.of(43, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 1));
    ids.add(ClientOrderId.of(42, DAY.plusDays(1), TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 1));
    ids.add(ClientOrderId.of(42, DAY, TradingTask.PREMARKET_RETRY, "RELIANCE", OrderSide.BUY, 1));
    ids.add(ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "TCS", OrderSide.BUY, 1));
    ids.add(ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.SELL, 1));
    ids.add(ClientOrderId.of(42, DAY, TradingTask.BUY_ORDERS, "RELIANCE", OrderSide.BUY, 2));
    assertThat(ids).hasSize(7);
  }

  @Test
  void symbolsThatCleanToTheSameTextStillDiffer() {
    assertThat(ClientOrderId.of(1, DAY, TradingTask.SELL_ORDERS, "M&M", OrderSide.SELL, 1))
        .isNotEqualTo(ClientOrderId.of(1, DAY, TradingTask.SELL_ORDERS, "MM", OrderSide.SELL, 1));
  }

  @Test
  void staysWithinSixtyFourCharactersForTheLongestInputs() {
    ClientOrderId id = ClientOrderId.of(Long.MAX_VALUE, DAY, TradingTask.POSITION_MONITOR,
        "AVERYLONGSYMBOLNAME-WITH-DASHES&MORE-EQ", OrderSide.SELL, 999);
    assertThat(id.value().length()).isLessThanOrEqualTo(ClientOrderId.MAX_LENGTH);
  }

  @Test
  void refusesAnOutOfRangeLeg() {
    assertThatThrownBy(() -> ClientOrderId.of(1, DAY, TradingTask.BUY_ORDERS, "TCS", OrderSide.BUY, 0))
        .hasMessageContaining("leg");
  }

  @Test
  void aTradersExitIsTheSameIdForTheSameRequestAndAnotherForAnother() {
    LocalDate day = LocalDate.of(2025, 3, 4);
    ClientOrderId once = ClientOrderId.traderExit(42, day, "M&M", "3f1c9a7e-0d1b-4c55-9d0e-5b1f2c3a4d5e");
    assertThat(once.value()).matches("u42-20250304-tx-S-MM-[0-9a-f]{8}").hasSizeLessThanOrEqualTo(ClientOrderId.MAX_LENGTH);
    assertThat(ClientOrderId.traderExit(42, day, "M&M", "3f1c9a7e-0d1b-4c55-9d0e-5b1f2c3a4d5e")).isEqualTo(once);
    assertThat(ClientOrderId.traderExit(42, day, "M&M", "another-request")).isNotEqualTo(once);
    assertThat(ClientOrderId.traderExit(42, day, "MM", "3f1c9a7e-0d1b-4c55-9d0e-5b1f2c3a4d5e")).isNotEqualTo(once);
    assertThatThrownBy(() -> ClientOrderId.traderExit(42, day, "MM", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
