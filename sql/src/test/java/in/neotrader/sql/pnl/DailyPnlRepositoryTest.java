package in.neotrader.sql.pnl;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.testing.DatabaseTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyPnlRepositoryTest extends DatabaseTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
  private static final Instant EOD = Instant.parse("2025-01-06T12:30:00Z");

  private DailyPnlRepository pnl() {
    return new DailyPnlRepository(pool);
  }

  @Test
  void theLastFiguresOfADayWinAndARangeIsReadInDayOrderForItsOwnerOnly() {
    long user = newUser();
    await(pnl().upsert(user, MONDAY, new BigDecimal("100"), BigDecimal.ZERO, BigDecimal.ONE, EOD));
    await(pnl().upsert(user, MONDAY, new BigDecimal("150.25"), new BigDecimal("-20"), new BigDecimal("2"), EOD));
    await(pnl().upsert(user, MONDAY.plusDays(1), new BigDecimal("-5"), BigDecimal.ZERO, BigDecimal.ZERO, EOD));
    await(pnl().upsert(user, MONDAY.plusDays(5), BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, EOD));

    var week = await(pnl().list(user, MONDAY, MONDAY.plusDays(4)));
    assertThat(week).extracting(DailyPnl::day).containsExactly(MONDAY, MONDAY.plusDays(1));
    assertThat(week.get(0).realised()).isEqualByComparingTo("150.25");
    assertThat(week.get(0).unrealised()).isEqualByComparingTo("-20");
    assertThat(await(pnl().list(newUser(), MONDAY, MONDAY.plusDays(9)))).isEmpty();
  }
}
