package in.neotrader.sql.signals;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.InvalidValue;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SignalRepositoryTest extends DatabaseTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  private SignalRepository signals() {
    return new SignalRepository(pool);
  }

  private static NewSignal signal(LocalDate day, String symbol, String verdict, String combined) {
    return new NewSignal(day, symbol, verdict, verdict, null, null, null, null, new BigDecimal(combined),
        new BigDecimal("100.5"), new JsonObject().put("rsi10", 22), null, null);
  }

  @Test
  void aRerunReplacesTheDaysVerdictForTheSymbol() {
    long user = newUser();
    Signal first = await(signals().upsert(user, signal(MONDAY, "TCS", "watch", "20")));
    Signal second = await(signals().upsert(user, signal(MONDAY, "TCS", "buy", "40")));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.status()).isEqualTo("success");
    assertThat(await(signals().listForDay(user, MONDAY))).extracting(Signal::verdict).containsExactly("buy");
  }

  @Test
  void listsAreBestFirstAndOnlyTheUsersOwn() {
    long user = newUser();
    await(signals().upsert(user, signal(MONDAY, "INFY", "buy", "30")));
    await(signals().upsert(user, signal(MONDAY, "TCS", "strong_buy", "60")));
    await(signals().upsert(user, signal(MONDAY.plusDays(1), "SBIN", "watch", "10")));
    await(signals().upsert(newUser(), signal(MONDAY, "ITC", "buy", "99")));

    assertThat(await(signals().listForDay(user, MONDAY))).extracting(Signal::symbol).containsExactly("TCS", "INFY");
    assertThat(await(signals().listRecent(user, 2))).extracting(Signal::symbol).containsExactly("SBIN", "TCS");
  }

  @Test
  void aSignalKeepsTheStrategyThatMadeItAndDefaultsToDip() {
    long user = newUser();
    NewSignal legacy = signal(MONDAY, "TCS", "buy", "30");
    await(signals().upsert(user, new NewSignal(legacy.day(), legacy.symbol(), legacy.verdict(), legacy.finalVerdict(),
        null, null, null, null, legacy.combinedScore(), legacy.lastClose(), legacy.indicators(), null, "legacy-dip")));
    await(signals().upsert(user, signal(MONDAY, "INFY", "buy", "20")));

    assertThat(await(signals().listForDay(user, MONDAY))).extracting(Signal::symbol, Signal::strategy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TCS", "legacy-dip"),
            org.assertj.core.groups.Tuple.tuple("INFY", "dip"));
  }

  @Test
  void anUnknownVerdictIsRefused() {
    assertThat(failure(signals().upsert(newUser(), signal(MONDAY, "TCS", "yolo", "1"))))
        .isInstanceOf(InvalidValue.class);
  }
}
