package in.neotrader.core.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHistoryLoaderTest {

  @Test
  void readsDailyBarsOldestFirst() throws Exception {
    String csv = "date,open,high,low,close,volume\n"
        + "2025-03-04,101,103,100,102.5,120000\n"
        + "2025-03-03,100,102,99,101,100000\n";

    List<Candle> candles = CsvHistoryLoader.load(new StringReader(csv));

    assertThat(candles).extracting(Candle::day)
        .containsExactly(LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-04"));
    assertThat(candles.get(1).close()).isEqualByComparingTo("102.5");
    assertThat(candles.get(1).volume()).isEqualTo(120_000);
  }

  @Test
  void namesTheLineOfABadRow() {
    String csv = "date,open,high,low,close,volume\n2025-03-03,100,102,99,101,100000\n2025-03-04,1,2,3\n";
    assertThatThrownBy(() -> CsvHistoryLoader.load(new StringReader(csv))).hasMessageContaining("line 3");
  }

  @Test
  void refusesABarWithLowAboveHigh() {
    assertThatThrownBy(() -> CsvHistoryLoader.load(new StringReader("2025-03-03,100,99,101,100,5\n")))
        .hasMessageContaining("line 1").hasMessageContaining("low above high");
  }
}
