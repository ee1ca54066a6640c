package in.neotrader.sql.positions;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PositionRepositoryTest extends DatabaseTest {
  private static final Instant OPEN = Instant.parse("2025-01-06T03:45:00Z");

  private PositionRepository positions() {
    return new PositionRepository(pool);
  }

  private Position buy(long user, String symbol, int quantity, String price) {
    return await(positions().openOrIncrease(user, symbol, "NSE", quantity, new BigDecimal(price),
        new BigDecimal("2.5"), OPEN));
  }

  @Test
  void aSecondBuyAveragesIntoTheOpenCycle() {
    long user = newUser();
    Position first = buy(user, "TCS", 10, "100");
    Position averaged = buy(user, "TCS", 30, "120");

    assertThat(averaged.id()).isEqualTo(first.id());
    assertThat(averaged.quantity()).isEqualTo(40);
    assertThat(averaged.averagePrice()).isEqualByComparingTo("115");
    assertThat(averaged.fees()).isEqualByComparingTo("5");
  }

  @Test
  void sellingBooksRealisedPnlAndClosesTheCycleWhenNothingIsLeft() {
    long user = newUser();
    buy(user, "INFY", 10, "1500");

    Position partly = await(positions().reduce(user, "INFY", 4, new BigDecimal("1550"), BigDecimal.ONE, "target",
        OPEN.plusSeconds(60))).orElseThrow();
    assertThat(partly.quantity()).isEqualTo(6);
    assertThat(partly.realisedPnl()).isEqualByComparingTo("200");
    assertThat(partly.open()).isTrue();

    Position closed = await(positions().reduce(user, "INFY", 6, new BigDecimal("1490"), BigDecimal.ONE, "stop loss",
        OPEN.plusSeconds(120))).orElseThrow();
    assertThat(closed.quantity()).isZero();
    assertThat(closed.realisedPnl()).isEqualByComparingTo("140");
    assertThat(closed.closedAt()).isEqualTo(OPEN.plusSeconds(120));
    assertThat(closed.exitReason()).isEqualTo("stop loss");
    assertThat(await(positions().findOpenBySymbol(user, "INFY"))).isEmpty();

    Position nextCycle = buy(user, "INFY", 1, "1400");
    assertThat(nextCycle.id()).isNotEqualTo(closed.id());
    assertThat(await(positions().listAll(user))).hasSize(2);
    assertThat(await(positions().listOpen(user))).extracting(Position::id).containsExactly(nextCycle.id());
  }

  @Test
  void sellingMoreThanHeldIsRefusedAndNothingChanges() {
    long user = newUser();
    buy(user, "SBIN", 5, "800");

    assertThat(failure(positions().reduce(user, "SBIN", 6, new BigDecimal("810"), null, "x", OPEN)))
        .isInstanceOf(InvalidValue.class);
    assertThat(await(positions().findOpenBySymbol(user, "SBIN")).orElseThrow().quantity()).isEqualTo(5);
  }

  @Test
  void anotherUserSeesAndSellsNothingOfMine() {
    long user = newUser();
    long other = newUser();
    buy(user, "ITC", 5, "450");

    assertThat(await(positions().findOpenBySymbol(other, "ITC"))).isEmpty();
    assertThat(await(positions().listOpen(other))).isEmpty();
    assertThat(await(positions().reduce(other, "ITC", 5, new BigDecimal("500"), null, "x", OPEN))).isEmpty();
    assertThat(await(positions().findOpenBySymbol(user, "ITC")).orElseThrow().quantity()).isEqualTo(5);
  }

  @Test
  void severalUsersChangesInOneCallApplyInOrderAsOneByOneWould() {
    long user = newUser();
    long other = newUser();
    buy(other, "TCS", 4, "3000");
    BigDecimal fee = new BigDecimal("1.25");
    // The user's TCS comes three times (buy, buy, sell): each sees the one before, across the call's rounds.
    List<Optional<Position>> after = await(positions().applyAll(List.of(
        PositionChange.buy(user, "TCS", "NSE", 10, new BigDecimal("100"), fee, OPEN),
        PositionChange.sell(other, "TCS", 4, new BigDecimal("3100"), fee, "target", OPEN),
        PositionChange.buy(user, "TCS", "NSE", 30, new BigDecimal("120"), fee, OPEN),
        PositionChange.buy(other, "ITC", "NSE", 7, new BigDecimal("450.55"), fee, OPEN),
        PositionChange.sell(user, "TCS", 40, new BigDecimal("130"), fee, "target", OPEN.plusSeconds(1)),
        PositionChange.sell(user, "WIPRO", 1, new BigDecimal("300"), fee, "target", OPEN))));

    assertThat(after).hasSize(6);
    assertThat(after.get(0).orElseThrow().quantity()).isEqualTo(10);
    Position otherClosed = after.get(1).orElseThrow();
    assertThat(otherClosed.realisedPnl()).isEqualByComparingTo("400");
    assertThat(otherClosed.closedAt()).isEqualTo(OPEN);
    assertThat(after.get(2).orElseThrow().averagePrice()).isEqualByComparingTo("115");
    assertThat(after.get(3).orElseThrow().averagePrice()).isEqualByComparingTo("450.55");
    Position userClosed = after.get(4).orElseThrow();
    assertThat(userClosed.quantity()).isZero();
    assertThat(userClosed.realisedPnl()).isEqualByComparingTo("600");
    assertThat(userClosed.fees()).isEqualByComparingTo("3.75");
    assertThat(userClosed.exitReason()).isEqualTo("target");
    assertThat(after.get(5)).as("no open WIPRO: nothing sold").isEmpty();
    assertThat(await(positions().listOpen(user))).isEmpty();
    assertThat(await(positions().listOpen(other))).extracting(Position::symbol).containsExactly("ITC");
  }
}
