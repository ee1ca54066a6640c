package in.neotrader.sql.paper;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.DuplicateValue;
import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaperAccountRepositoryTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:45:00Z");

  private PaperAccountRepository accounts() {
    return new PaperAccountRepository(pool);
  }

  @Test
  void anAccountStartsWithItsCapitalAsCashAndBooksFillsByDelta() {
    long user = newUser();
    await(accounts().create(user, new BigDecimal("100000"), NOW));

    await(accounts().book(user, new BigDecimal("-35000.50"), BigDecimal.ZERO, NOW));
    PaperAccount afterSell = await(accounts().book(user, new BigDecimal("36000"), new BigDecimal("999.50"), NOW))
        .orElseThrow();
    assertThat(afterSell.availableCash()).isEqualByComparingTo("100999.50");
    assertThat(afterSell.realisedPnl()).isEqualByComparingTo("999.50");

    await(accounts().revalue(user, new BigDecimal("-120"), new BigDecimal("5000"), NOW));
    PaperAccount read = await(accounts().get(user)).orElseThrow();
    assertThat(read.unrealisedPnl()).isEqualByComparingTo("-120");
    assertThat(read.marginUsed()).isEqualByComparingTo("5000");
    assertThat(read.initialCapital()).isEqualByComparingTo("100000");
  }

  @Test
  void oneAccountPerUserWithPositiveCapitalAndNoneVisibleToOthers() {
    long user = newUser();
    await(accounts().create(user, new BigDecimal("50000"), NOW));

    assertThat(failure(accounts().create(user, new BigDecimal("50000"), NOW))).isInstanceOf(DuplicateValue.class);
    assertThat(failure(accounts().create(newUser(), BigDecimal.ZERO, NOW))).isInstanceOf(InvalidValue.class);
    long other = newUser();
    assertThat(await(accounts().get(other))).isEmpty();
    assertThat(await(accounts().book(other, BigDecimal.TEN, BigDecimal.ZERO, NOW))).isEmpty();
  }
}
