package in.neotrader.verticles.marketdata.ingest.parse;

import in.neotrader.sql.marketdata.BhavcopyDay;
import in.neotrader.sql.marketdata.BhavcopyRow;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The NSE CM bhavcopy zip in either format (MARKET_DATA §1), columns found by header name: UDiFF
 * ({@code TradDt,...,TckrSymb,SctySrs,...}, equities {@code Sgmt=CM, FinInstrmTp=STK}) or the old format
 * ({@code SYMBOL,SERIES,...,TIMESTAMP}, dates like 05-JUL-2024, lines possibly ending in an empty column).
 * Any unreadable line refuses the whole file: a day is written whole or not at all.
 */
public final class BhavcopyParser {
  private static final DateTimeFormatter LEGACY_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true).setTrim(true).setIgnoreEmptyLines(true).get();

  /** Column names of one format. */
  private record Columns(String day, String symbol, String series, String isin, String token, String open,
      String high, String low, String close, String prevClose, String volume, String lot) {}

  private static final Columns UDIFF = new Columns("TradDt", "TckrSymb", "SctySrs", "ISIN", "FinInstrmId", "OpnPric",
      "HghPric", "LwPric", "ClsPric", "PrvsClsgPric", "TtlTradgVol", "NewBrdLotQty");
  private static final Columns LEGACY = new Columns("TIMESTAMP", "SYMBOL", "SERIES", "ISIN", null, "OPEN", "HIGH",
      "LOW", "CLOSE", "PREVCLOSE", "TOTTRDQTY", null);

  private BhavcopyParser() {
  }

  public static BhavcopyDay parse(String fileName, byte[] zip) throws FileRefused {
    byte[] csv = ZipEntryReader.singleCsv(fileName, zip);
    String text = new String(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (CSVParser parser = CSV.parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      Columns columns = header.contains(UDIFF.symbol()) ? UDIFF : header.contains(LEGACY.symbol()) ? LEGACY : null;
      if (columns == null) {
        throw new FileRefused(fileName + ": not a bhavcopy (header " + header + ")");
      }
      for (String needed : List.of(columns.day(), columns.series(), columns.open(), columns.high(), columns.low(),
          columns.close(), columns.volume())) {
        if (!header.contains(needed)) {
          throw new FileRefused(fileName + ": column " + needed + " missing from the header");
        }
      }
      return read(fileName, sha256(zip), parser, columns, header);
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new FileRefused(fileName + ": unreadable CSV (" + e.getMessage() + ")", e);
    }
  }

  private static BhavcopyDay read(String fileName, String sha, CSVParser parser, Columns c, List<String> header)
      throws FileRefused {
    boolean udiff = c == UDIFF;
    // Which optional columns the file has, looked up once: per line they were most of the parse.
    String isin = present(c.isin(), header);
    String token = present(c.token(), header);
    String prevClose = present(c.prevClose(), header);
    String lot = present(c.lot(), header);
    LocalDate day = null;
    List<BhavcopyRow> rows = new ArrayList<>();
    for (CSVRecord r : parser) {
      if (udiff && !("CM".equals(r.get("Sgmt")) && "STK".equals(r.get("FinInstrmTp")))) {
        continue;
      }
      String series = r.get(c.series());
      if (!EquitySeries.isEquity(series)) {
        continue;
      }
      long line = r.getRecordNumber() + 1;
      try {
        LocalDate rowDay = udiff ? LocalDate.parse(r.get(c.day())) : LocalDate.parse(r.get(c.day()), LEGACY_DATE);
        if (day == null) {
          day = rowDay;
        } else if (!day.equals(rowDay)) {
          throw new FileRefused(fileName + ": line " + line + " is dated " + rowDay + ", the file " + day);
        }
        rows.add(new BhavcopyRow(r.get(c.symbol()), series, optional(r, isin), optional(r, token),
            price(r.get(c.open())), price(r.get(c.high())), price(r.get(c.low())), price(r.get(c.close())),
            prevClose == null ? null : price(r.get(prevClose)), new BigDecimal(r.get(c.volume())).longValueExact(),
            lot(optional(r, lot))));
      } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
        throw new FileRefused(fileName + ": line " + line + " unreadable (" + e.getMessage() + ")", e);
      }
    }
    if (day == null) {
      throw new FileRefused(fileName + ": no equity lines");
    }
    return new BhavcopyDay(day, fileName, sha, List.copyOf(rows), EquitySeries.candles(rows));
  }

  /** {@code column} when the header has it, else null. */
  private static String present(String column, List<String> header) {
    return column != null && header.contains(column) ? column : null;
  }

  /** The value of a column {@link #present} gave, null when the file or the line lacks it or it is empty. */
  private static String optional(CSVRecord r, String column) {
    if (column == null || !r.isSet(column)) {
      return null;
    }
    String v = r.get(column);
    return v.isEmpty() ? null : v;
  }

  private static BigDecimal price(String value) {
    return new BigDecimal(value);
  }

  /** 0 when the file has no board lot (the old format): the stored lot is then left as it is. */
  private static int lot(String value) {
    return value == null ? 0 : new BigDecimal(value).intValueExact();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
