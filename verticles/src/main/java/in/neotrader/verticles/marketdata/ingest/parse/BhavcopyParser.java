package in.neotrader.verticles.marketdata.ingest.parse;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import in.neotrader.sql.marketdata.BhavcopyDay;
import in.neotrader.sql.marketdata.BhavcopyRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The NSE CM bhavcopy zip in either format (MARKET_DATA §1), columns found by header name: UDiFF
 * ({@code TradDt,...,TckrSymb,SctySrs,...}, equities {@code Sgmt=CM, FinInstrmTp=STK}) or the old format
 * ({@code SYMBOL,SERIES,...,TIMESTAMP}, dates like 05-JUL-2024, lines possibly ending in an empty column).
 * Any unreadable line refuses the whole file: a day is written whole or not at all.
 */
public final class BhavcopyParser {
  private static final DateTimeFormatter LEGACY_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

  /** Column names of one format, in slot order; null where the format has no such column. */
  private record Columns(String day, String symbol, String series, String isin, String token, String open,
      String high, String low, String close, String prevClose, String volume, String lot, String segment,
      String instrumentType) {
    List<String> names() {
      return Arrays.asList(day, symbol, series, isin, token, open, high, low, close, prevClose, volume, lot, segment,
          instrumentType);
    }
  }

  // Slots of a picked line, in the order of Columns.
  private static final int DAY = 0;
  private static final int SYMBOL = 1;
  private static final int SERIES = 2;
  private static final int ISIN = 3;
  private static final int TOKEN = 4;
  private static final int OPEN = 5;
  private static final int HIGH = 6;
  private static final int LOW = 7;
  private static final int CLOSE = 8;
  private static final int PREV_CLOSE = 9;
  private static final int VOLUME = 10;
  private static final int LOT = 11;
  private static final int SEGMENT = 12;
  private static final int INSTRUMENT_TYPE = 13;

  private static final Columns UDIFF = new Columns("TradDt", "TckrSymb", "SctySrs", "ISIN", "FinInstrmId", "OpnPric",
      "HghPric", "LwPric", "ClsPric", "PrvsClsgPric", "TtlTradgVol", "NewBrdLotQty", "Sgmt", "FinInstrmTp");
  private static final Columns LEGACY = new Columns("TIMESTAMP", "SYMBOL", "SERIES", "ISIN", null, "OPEN", "HIGH",
      "LOW", "CLOSE", "PREVCLOSE", "TOTTRDQTY", null, null, null);

  private BhavcopyParser() {
  }

  public static BhavcopyDay parse(String fileName, byte[] zip) throws FileRefused {
    byte[] csv = ZipEntryReader.singleCsv(fileName, zip);
    PickedColumns picked = new PickedColumns();
    try (CsvReader<PickedColumns.Line> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
        .detectBomHeader(true).build(picked, new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
      Iterator<PickedColumns.Line> lines = reader.iterator();
      if (lines.hasNext()) {
        lines.next();
      }
      List<String> header = picked.header();
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
      picked.pick(columns.names());
      return read(fileName, sha256(zip), lines, columns, header);
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      throw new FileRefused(fileName + ": unreadable CSV (" + e.getMessage() + ")", e);
    }
  }

  private static BhavcopyDay read(String fileName, String sha, Iterator<PickedColumns.Line> lines, Columns c,
      List<String> header) throws FileRefused {
    boolean udiff = c == UDIFF;
    // A column of the header must be on every line; one the file lacks is null (the old format has no token).
    List<String> names = c.names();
    boolean[] required = new boolean[names.size()];
    for (int slot : new int[] {DAY, SYMBOL, SERIES, OPEN, HIGH, LOW, CLOSE, PREV_CLOSE, VOLUME, SEGMENT,
        INSTRUMENT_TYPE}) {
      required[slot] = names.get(slot) != null && header.contains(names.get(slot));
    }
    LocalDate day = null;
    String dayText = null;
    List<BhavcopyRow> rows = new ArrayList<>();
    while (lines.hasNext()) {
      PickedColumns.Line line = lines.next();
      String[] v = line.values();
      for (int slot = 0; slot < v.length; slot++) {
        if (v[slot] == null && required[slot]) {
          throw new FileRefused(fileName + ": line " + line.number() + " has no " + names.get(slot) + " value");
        }
      }
      if (udiff && !("CM".equals(v[SEGMENT]) && "STK".equals(v[INSTRUMENT_TYPE]))) {
        continue;
      }
      String series = v[SERIES];
      if (!EquitySeries.isEquity(series)) {
        continue;
      }
      try {
        // Every line carries the file's date: parsed once, not per line (an eighth of the parse).
        if (!v[DAY].equals(dayText)) {
          LocalDate rowDay = udiff ? LocalDate.parse(v[DAY]) : LocalDate.parse(v[DAY], LEGACY_DATE);
          if (day == null) {
            day = rowDay;
            dayText = v[DAY];
          } else if (!day.equals(rowDay)) {
            throw new FileRefused(fileName + ": line " + line.number() + " is dated " + rowDay + ", the file " + day);
          }
        }
        rows.add(new BhavcopyRow(v[SYMBOL], series, optional(v[ISIN]), optional(v[TOKEN]), price(v[OPEN]),
            price(v[HIGH]), price(v[LOW]), price(v[CLOSE]), v[PREV_CLOSE] == null ? null : price(v[PREV_CLOSE]),
            wholeNumber(v[VOLUME]), lot(optional(v[LOT]))));
      } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
        throw new FileRefused(fileName + ": line " + line.number() + " unreadable (" + e.getMessage() + ")", e);
      }
    }
    if (day == null) {
      throw new FileRefused(fileName + ": no equity lines");
    }
    return new BhavcopyDay(day, fileName, sha, List.copyOf(rows), EquitySeries.candles(rows));
  }

  /** Null for a value the line lacks or leaves empty. */
  private static String optional(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static BigDecimal price(String value) {
    return new BigDecimal(value);
  }

  /** 0 when the file has no board lot (the old format): the stored lot is then left as it is. */
  private static int lot(String value) {
    return value == null ? 0 : Math.toIntExact(wholeNumber(value));
  }

  /** A count, also when written as a decimal ("700.00"); a fraction fails with ArithmeticException. */
  private static long wholeNumber(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notPlainDigits) {
      return new BigDecimal(value).longValueExact();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
