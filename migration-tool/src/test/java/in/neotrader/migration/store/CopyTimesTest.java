package in.neotrader.migration.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The COPY encoder writes instants itself (the formatter was its largest cost): the same instant, in a form PostgreSQL reads. */
class CopyTimesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2025-11-13T10:35:19.604117Z | 2025-11-13 10:35:19.604117+00",
      "2025-11-13T10:35:19Z | 2025-11-13 10:35:19+00",
      "2025-01-02T03:04:05.000006Z | 2025-01-02 03:04:05.000006+00",
      "2025-11-13T10:35:19.5Z | 2025-11-13 10:35:19.500000+00",
      "2025-11-13T10:35:19.123456789Z | 2025-11-13T10:35:19.123456789Z"})
  void anInstantIsWrittenAsTheSameInstant(String instant, String written) {
    StringBuilder line = new StringBuilder();
    CopyWriter.appendUtc(line, Instant.parse(instant));
    assertThat(line).hasToString(written);
  }
}
