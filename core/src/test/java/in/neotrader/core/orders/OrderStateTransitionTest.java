package in.neotrader.core.orders;

import static in.neotrader.core.orders.OrderEvent.ACCEPTED;
import static in.neotrader.core.orders.OrderEvent.AMO_ACCEPTED;
import static in.neotrader.core.orders.OrderEvent.CANCELLED;
import static in.neotrader.core.orders.OrderEvent.EXPIRED;
import static in.neotrader.core.orders.OrderEvent.FILLED;
import static in.neotrader.core.orders.OrderEvent.PARTIALLY_FILLED;
import static in.neotrader.core.orders.OrderEvent.REJECTED;
import static in.neotrader.core.orders.OrderEvent.SUBMIT_FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, event) pair: the allowed ones with their target, every other one refused. */
class OrderStateTransitionTest {

  /** The expected machine, written out independently of the production table. */
  private static final Map<OrderState, Map<OrderEvent, OrderState>> ALLOWED = Map.of(
      OrderState.NEW, Map.of(
          AMO_ACCEPTED, OrderState.AMO_PENDING,
          ACCEPTED, OrderState.OPEN,
          PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED,
          FILLED, OrderState.FILLED,
          CANCELLED, OrderState.CANCELLED,
          REJECTED, OrderState.REJECTED,
          SUBMIT_FAILED, OrderState.FAILED),
      OrderState.AMO_PENDING, Map.of(
          AMO_ACCEPTED, OrderState.AMO_PENDING,
          ACCEPTED, OrderState.OPEN,
          PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED,
          FILLED, OrderState.FILLED,
          CANCELLED, OrderState.CANCELLED,
          REJECTED, OrderState.REJECTED,
          EXPIRED, OrderState.EXPIRED),
      OrderState.OPEN, Map.of(
          ACCEPTED, OrderState.OPEN,
          PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED,
          FILLED, OrderState.FILLED,
          CANCELLED, OrderState.CANCELLED,
          REJECTED, OrderState.REJECTED,
          EXPIRED, OrderState.EXPIRED),
      OrderState.PARTIALLY_FILLED, Map.of(
          PARTIALLY_FILLED, OrderState.PARTIALLY_FILLED,
          FILLED, OrderState.FILLED,
          CANCELLED, OrderState.CANCELLED,
          EXPIRED, OrderState.EXPIRED));

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (OrderState s : OrderState.values()) {
      for (OrderEvent e : OrderEvent.values()) {
        pairs.add(Arguments.of(s, e, ALLOWED.getOrDefault(s, Map.of()).get(e)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} + {1} -> {2}")
  @MethodSource("everyPair")
  void appliesAllowedMovesAndRefusesTheRest(OrderState from, OrderEvent event, OrderState expected) {
    if (expected == null) {
      assertThat(from.next(event)).isEmpty();
      assertThatThrownBy(() -> from.apply(event))
          .isInstanceOfSatisfying(IllegalOrderTransition.class, e -> {
            assertThat(e.from()).isEqualTo(from);
            assertThat(e.event()).isEqualTo(event);
            assertThat(e.code()).isEqualTo("illegal_order_transition");
          });
    } else {
      assertThat(from.apply(event)).isEqualTo(expected);
    }
  }

  @Test
  void exactlyTheFiveEndStatesAreTerminal() {
    assertThat(Stream.of(OrderState.values()).filter(OrderState::isTerminal)).containsExactlyInAnyOrder(
        OrderState.FILLED, OrderState.CANCELLED, OrderState.REJECTED, OrderState.EXPIRED, OrderState.FAILED);
  }

  @Test
  void aSecondFillIsRefusedAsADuplicate() {
    OrderState filled = OrderState.OPEN.apply(FILLED);
    assertThatThrownBy(() -> filled.apply(FILLED)).hasMessageContaining("already FILLED");
  }

  @Test
  void reconciliationFindsTheEventForEveryStateButNew() {
    for (OrderState target : OrderState.values()) {
      if (target != OrderState.NEW) {
        assertThat(OrderState.NEW.next(OrderState.eventLeadingTo(target)))
            .as("NEW reaches %s", target)
            .satisfiesAnyOf(next -> assertThat(next).contains(target),
                next -> assertThat(target).isEqualTo(OrderState.EXPIRED));
      }
    }
  }
}
