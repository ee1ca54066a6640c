package in.neotrader.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NseCalendarTest {

  private final NseCalendar calendar = NseCalendar.bundled();

  @ParameterizedTest(name = "{0} trading day: {1}")
  @CsvSource({
      "2025-03-03, true",   // ordinary Monday
      "2025-03-14, false",  // Holi
      "2025-03-15, false",  // Saturday
      "2025-02-01, true",   // Budget Saturday special session
      "2025-10-21, false",  // Diwali Laxmi Pujan (Muhurat only)
      "2025-12-25, false",  // Christmas
      "2026-01-15, false",  // Maharashtra municipal elections
      "2026-01-26, false",  // Republic Day
      "2026-11-24, false",  // Guru Nanak Jayanti
      "2026-11-25, true",   // ordinary Wednesday
  })
  void knowsWeekendsHolidaysAndSpecialSessions(LocalDate day, boolean trading) {
    assertThat(calendar.isTradingDay(day)).isEqualTo(trading);
  }

  @Test
  void namesTheHoliday() {
    assertThat(calendar.holidayName(LocalDate.parse("2025-04-18"))).contains("Good Friday");
    assertThat(calendar.holidayName(LocalDate.parse("2025-04-17"))).isEmpty();
  }

  @Test
  void nextTradingDaySkipsWeekendsAndHolidays() {
    // Thu 2025-04-17 -> Good Friday 18th, weekend -> Mon 21st.
    assertThat(calendar.nextTradingDay(LocalDate.parse("2025-04-17"))).isEqualTo(LocalDate.parse("2025-04-21"));
    // Thu 2025-08-14 -> Independence Day Fri 15th, weekend -> Mon 18th.
    assertThat(calendar.nextTradingDay(LocalDate.parse("2025-08-14"))).isEqualTo(LocalDate.parse("2025-08-18"));
  }

  @Test
  void previousTradingDaySkipsWeekendsAndHolidays() {
    // Tue 2025-04-15 <- Ambedkar Jayanti Mon 14th, weekend <- Fri 11th.
    assertThat(calendar.previousTradingDay(LocalDate.parse("2025-04-15"))).isEqualTo(LocalDate.parse("2025-04-11"));
  }

  @Test
  void everyListedHolidayFallsOnAWeekday() {
    for (int year : new int[] {2025, 2026}) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        if (calendar.holidayName(d).isPresent()) {
          assertThat(NseCalendar.isWeekend(d)).as("%s is listed but is a weekend", d).isFalse();
        }
      }
    }
  }

  @Test
  void theConfigFileAndTheBundledResourceAreTheSame() throws Exception {
    Path config = Path.of("..", "config", "nse-holidays.json");
    try (var bundled = NseCalendar.class.getResourceAsStream(NseCalendar.RESOURCE)) {
      assertThat(Files.readAllBytes(config)).isEqualTo(bundled.readAllBytes());
    }
  }

  @Test
  void operatorsAddSpecialSessionsSuchAsAMuhuratSunday() {
    LocalDate muhurat = LocalDate.parse("2026-11-08");
    assertThat(calendar.isTradingDay(muhurat)).isFalse();

    NseCalendar withMuhurat = calendar.withSpecialSessions(Map.of(muhurat, "Muhurat trading"));

    assertThat(withMuhurat.isTradingDay(muhurat)).isTrue();
    assertThat(withMuhurat.specialSessionName(muhurat)).contains("Muhurat trading");
  }

  @Test
  void loadsFromAStreamAndReportsABadDate() throws Exception {
    String json = "{\"holidays\":[{\"date\":\"2030-13-01\",\"name\":\"x\"}]}";
    assertThatThrownBy(() -> NseCalendar.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("holidays[0].date");

    String ok = "{\"holidays\":[{\"date\":\"2030-01-01\",\"name\":\"New Year\"}]}";
    NseCalendar c = NseCalendar.load(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.isTradingDay(LocalDate.parse("2030-01-01"))).isFalse();
  }
}
