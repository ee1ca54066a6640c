package in.neotrader.migration.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven cases of the three normalisers, from the forms met in legacy files. */
class NormalisersTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "NONE", value = {
      "RELIANCE, RELIANCE", "RELIANCE-EQ, RELIANCE", "reliance.ns, RELIANCE", "BAJAJ-AUTO-EQ, BAJAJ-AUTO",
      "BAJAJ-AUTO, BAJAJ-AUTO", "BAJAJ-AUTO.NS, BAJAJ-AUTO", "M&M-BE, M&M", "SBIN.BO, SBIN", "' GLENMARK ', GLENMARK",
      ".NS, NONE", "'', NONE"})
  void baseSymbol(String raw, String expected) {
    assertThat(Symbols.base(raw)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "70 | 70", "1412.6 | 1412.6", "₹2,450.50 | 2450.50", "' 3738.799999999993 ' | 3738.799999999993", "-5 | -5",
      "abc | NONE", "'' | NONE"})
  void numberFromText(String text, String expected) {
    assertThat(Numbers.decimal(JsonNodeFactory.instance.textNode(text))).isEqualTo(Optional.ofNullable(expected).map(BigDecimal::new));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "3738.799999999993 | 3738.80 | 3738.8000", "10.210714000000001 | 10.21 | 10.2107", "0.005 | 0.01 | 0.0050"})
  void moneyAndCharges(String value, String money, String charges) {
    assertThat(Numbers.money(new BigDecimal(value))).isEqualTo(new BigDecimal(money));
    assertThat(Numbers.charges(new BigDecimal(value))).isEqualTo(new BigDecimal(charges));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "70 | 70", "70.0 | 70", "70.5 | NONE"})
  void wholeQuantities(String value, Integer expected) {
    assertThat(Numbers.wholeNumber(new BigDecimal(value))).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', nullValues = "NONE", value = {
      "2025-11-13T16:05:19.604117 | Asia/Kolkata | 2025-11-13T10:35:19.604117Z",
      "2025-11-13T16:05:19 | Asia/Kolkata | 2025-11-13T10:35:19Z",
      "2025-11-13 16:05:19 | Asia/Kolkata | 2025-11-13T10:35:19Z",
      "2025-11-13T16:05:19.6 | Asia/Kolkata | 2025-11-13T10:35:19.600Z",
      "2025-11-13T16:05:19.123456789 | Asia/Kolkata | 2025-11-13T10:35:19.123456789Z",
      "2025-11-13T16:05:1x | Asia/Kolkata | NONE",
      "13-Nov-2025 16:05:19 | Asia/Kolkata | 2025-11-13T10:35:19Z",
      "13-NOV-2025 16:05:19 | Asia/Kolkata | 2025-11-13T10:35:19Z",
      "2025-11-13T10:35:19Z | Asia/Kolkata | 2025-11-13T10:35:19Z",
      "2025-11-13T16:05:19.5+05:30 | Asia/Kolkata | 2025-11-13T10:35:19.500Z",
      "2025-11-13T16:05:19 | UTC | 2025-11-13T16:05:19Z",
      "2025-10-31 | Asia/Kolkata | 2025-10-30T18:30:00Z",
      "yesterday | Asia/Kolkata | NONE",
      "31/10/2025 | Asia/Kolkata | NONE"})
  void timestamps(String text, String zone, String expected) {
    assertThat(new Timestamps(ZoneId.of(zone)).instant(text)).isEqualTo(Optional.ofNullable(expected).map(Instant::parse));
  }
}
