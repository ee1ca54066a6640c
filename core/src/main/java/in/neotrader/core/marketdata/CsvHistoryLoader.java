package in.neotrader.core.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads daily history as CSV {@code date,open,high,low,close,volume} (header optional), oldest first. */
public final class CsvHistoryLoader {

  private CsvHistoryLoader() {}

  public static List<Candle> load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static List<Candle> load(Reader reader) throws IOException {
    List<Candle> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || (lineNo == 1 && trimmed.toLowerCase().startsWith("date"))) {
        continue;
      }
      out.add(parse(trimmed, lineNo));
    }
    out.sort(Comparator.comparing(Candle::day));
    return out;
  }

  private static Candle parse(String line, int lineNo) {
    String[] f = line.split(",");
    if (f.length != 6) {
      throw new IllegalArgumentException("line " + lineNo + ": expected 6 fields date,open,high,low,close,volume");
    }
    try {
      return new Candle(LocalDate.parse(f[0].strip()), money(f[1]), money(f[2]), money(f[3]), money(f[4]),
          new BigDecimal(f[5].strip()).longValueExact());
    } catch (DateTimeParseException | ArithmeticException | IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
    }
  }

  private static BigDecimal money(String text) {
    return new BigDecimal(text.strip());
  }
}
