package in.neotrader.verticles.marketdata.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import in.neotrader.sql.marketdata.BhavcopyDay;
import in.neotrader.sql.marketdata.BhavcopyRow;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips;
import in.neotrader.verticles.marketdata.fake.BhavcopyZips.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BhavcopyParserTest {
  private static final LocalDate DAY = LocalDate.of(2024, 7, 5);
  private static final String NAME = BhavcopyZips.udiffName(DAY);
  private static final List<Line> LINES = List.of(
      Line.of("RELIANCE", "EQ", "INE002A01018", "2885", "2950.40", "2900.10", 5_123_456),
      Line.of("RELIANCE", "BL", "INE002A01018", "2885", "2949.00", "2900.10", 1_000),
      Line.of("NEWCO", "BE", "INE999Z01011", "99999", "12.35", "12.00", 700));

  @Test
  void udiffGivesEveryEquityLineAndSkipsOtherSegments() throws Exception {
    BhavcopyDay day = BhavcopyParser.parse(NAME, BhavcopyZips.udiff(DAY, LINES));

    assertThat(day.day()).isEqualTo(DAY);
    assertThat(day.instruments()).extracting(BhavcopyRow::symbol, BhavcopyRow::series)
        .containsExactly(tuple("RELIANCE", "EQ"), tuple("RELIANCE", "BL"), tuple("NEWCO", "BE"));
    assertThat(day.instruments().get(0)).isEqualTo(new BhavcopyRow("RELIANCE", "EQ", "INE002A01018", "2885",
        new BigDecimal("2950.40"), new BigDecimal("2979.9040"), new BigDecimal("2920.8960"), new BigDecimal("2950.40"),
        new BigDecimal("2900.10"), 5_123_456, 1));
    assertThat(day.candles()).extracting(BhavcopyRow::symbol, BhavcopyRow::series)
        .containsExactly(tuple("RELIANCE", "EQ"), tuple("NEWCO", "BE"));
  }

  @Test
  void oldFormatLinesEndingInAnEmptyColumnHaveNoTokenNorLot() throws Exception {
    BhavcopyDay day = BhavcopyParser.parse("cm05JUL2024bhav.csv.zip", BhavcopyZips.legacy(DAY, LINES));

    assertThat(day.day()).isEqualTo(DAY);
    assertThat(day.instruments().get(2)).isEqualTo(new BhavcopyRow("NEWCO", "BE", "INE999Z01011", null,
        new BigDecimal("12.35"), new BigDecimal("12.4735"), new BigDecimal("12.2265"), new BigDecimal("12.35"),
        new BigDecimal("12.00"), 700, 0));
  }

  @Test
  void aBomCrlfQuotedFieldsPaddingADecimalCountAndBlankLinesReadAsTheirValues() throws Exception {
    String csv = "\uFEFF" + BhavcopyZips.UDIFF_HEADER + "\r\n"
        + "2024-07-05,2024-07-05,CM,NSE,STK, 2885 ,INE002A01018,\"RELIANCE\",EQ,,,,,\"RELIANCE \"\"IND\"\", LTD\","
        + " 2950.40 ,2980,2920,2950.40,2950.40,2900.10,,2950.40,,,5123456.00,1000000.00,1234,F1,\"1\",,,,,\r\n"
        + "\r\n";

    BhavcopyRow row = BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", csv)).instruments().get(0);

    assertThat(row).isEqualTo(new BhavcopyRow("RELIANCE", "EQ", "INE002A01018", "2885", new BigDecimal("2950.40"),
        new BigDecimal("2980"), new BigDecimal("2920"), new BigDecimal("2950.40"), new BigDecimal("2900.10"),
        5_123_456, 1));
  }

  @Test
  void aLineCutShortRefusesTheFileNamingLineAndColumn() {
    String csv = BhavcopyZips.UDIFF_HEADER + "\n"
        + "2024-07-05,2024-07-05,CM,NSE,STK,2885,INE002A01018,RELIANCE,EQ,,,,,R,2950,2980,2920,2950,2950,2900,,2950,,,"
        + "5123456,1.0,1,F1,1,,,,,\n"
        + "2024-07-05,2024-07-05,CM,NSE,STK,1594,INE009A01021,INFY,EQ,,,,,I,1650,1660\n";

    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", csv)))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": line 3 has no LwPric value");
  }

  @Test
  void anUnreadablePriceAFractionOfAShareOrAnotherDayRefuseTheFileNamingTheLine() {
    String badPrice = BhavcopyZips.UDIFF_HEADER + "\n"
        + "2024-07-05,2024-07-05,CM,NSE,STK,2885,INE002A01018,RELIANCE,EQ,,,,,R,29x0,2980,2920,2950,2950,2900,,2950,,,"
        + "5123456,1.0,1,F1,1,,,,,\n";
    String otherDay = BhavcopyZips.UDIFF_HEADER + "\n"
        + line("2024-07-05", "RELIANCE") + line("2024-07-04", "INFY");

    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", badPrice)))
        .isInstanceOf(FileRefused.class).hasMessageStartingWith(NAME + ": line 2 unreadable (");
    String halfShare = badPrice.replace("29x0", "2950").replace(",5123456,", ",12.5,");
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", halfShare)))
        .isInstanceOf(FileRefused.class).hasMessageStartingWith(NAME + ": line 2 unreadable (");
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", otherDay)))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": line 3 is dated 2024-07-04, the file 2024-07-05");
  }

  @Test
  void aHeaderOfAnotherFileOrWithoutAPriceColumnAndAQuoteLeftOpenToTheEndAreRefused() {
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("x.csv", "Date,Symbol\n2024-07-05,X\n")))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": not a bhavcopy (header [Date, Symbol])");
    String noLow = BhavcopyZips.UDIFF_HEADER.replace(",LwPric,", ",Low,") + "\n" + line("2024-07-05", "RELIANCE");
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", noLow)))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": column LwPric missing from the header");
    String openQuote = BhavcopyZips.UDIFF_HEADER + "\n" + line("2024-07-05", "RELIANCE")
        + "2024-07-05,2024-07-05,CM,NSE,STK,1594,INE009A01021,\"INFY,EQ,,,,,I,1650,1660\n";
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.zip("bhav.csv", openQuote)))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": line 3 has no SctySrs value");
  }

  @Test
  void aFileWithoutEquityLinesIsRefused() {
    assertThatThrownBy(() -> BhavcopyParser.parse(NAME, BhavcopyZips.udiff(DAY, List.of())))
        .isInstanceOf(FileRefused.class).hasMessage(NAME + ": no equity lines");
  }

  private static String line(String day, String symbol) {
    return day + "," + day + ",CM,NSE,STK,1," + "INE000000000," + symbol + ",EQ,,,,,N,100,101,99,100,100,100,,100,,,"
        + "10,1.0,1,F1,1,,,,,\n";
  }
}
