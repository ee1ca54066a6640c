package in.neotrader.verticles.marketdata.universe;

import in.neotrader.core.orders.TradingSymbol;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the default universe: {@code UNIVERSE_FILE}, or the bundled copy of {@code config/universe.csv}. The
 * first line names the list and its date ({@code # universe: NIFTY 500, as of 2025-04-30}); other lines starting
 * with {@code #} are comments; the first row is a CSV header with a {@code Symbol} column (so niftyindices.com's
 * constituent files work as downloaded), each further row one NSE symbol. Anything else refuses the start
 * with an {@link IllegalArgumentException} naming the file and the line (the server's exit code 2).
 */
public final class UniverseFile {

  /** The configuration key of an operator's own file; empty or absent means the bundled one. */
  public static final String KEY = "UNIVERSE_FILE";
  /** Classpath copy of {@code config/universe.csv}. */
  public static final String RESOURCE = "/universe.csv";

  private static final Logger LOG = LoggerFactory.getLogger(UniverseFile.class);
  private static final Pattern TITLE = Pattern.compile("#\\s*universe:\\s*(.+?)\\s*,\\s*as of\\s+(\\S+)\\s*");

  private UniverseFile() {
  }

  /** Blocking file read: call it at start, off the event loop. */
  public static DefaultUniverse fromConfig(JsonObject config) {
    String file = config.getString(KEY, "").trim();
    DefaultUniverse universe = file.isEmpty() ? bundled() : load(Path.of(file));
    LOG.info("Default universe: {}", universe.describe());
    return universe;
  }

  public static DefaultUniverse load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("universe file " + file + " cannot be read (" + KEY + "): " + e, e);
    }
  }

  public static DefaultUniverse bundled() {
    try (InputStream in = UniverseFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled universe " + RESOURCE + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled config/universe.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param origin the file's name in error messages */
  public static DefaultUniverse parse(String text, String origin) {
    List<String> lines = text.replace("\uFEFF", "").lines().toList();
    Matcher title = TITLE.matcher(lines.isEmpty() ? "" : lines.get(0));
    if (!title.matches()) {
      throw refused(origin, 1, "the first line must be '# universe: <name>, as of <yyyy-mm-dd>'");
    }
    LocalDate asOf = date(title.group(2), origin);
    int column = -1;
    List<String> symbols = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = cells(line, origin, number);
      if (column < 0) {
        column = symbolColumn(cells, origin, number);
        continue;
      }
      String symbol = column < cells.size() ? cells.get(column).strip() : "";
      if (!TradingSymbol.isWellFormedBase(symbol)) {
        throw refused(origin, number, "'" + symbol + "' is not an NSE symbol (capitals, digits, & and -, "
            + "at most 20)");
      }
      Integer earlier = firstLine.putIfAbsent(symbol, number);
      if (earlier != null) {
        throw refused(origin, number, symbol + " is listed twice (first on line " + earlier + ")");
      }
      symbols.add(symbol);
    }
    if (symbols.isEmpty()) {
      throw refused(origin, lines.size(), column < 0 ? "no header row with a Symbol column" : "no symbols listed");
    }
    return new DefaultUniverse(title.group(1), asOf, symbols, origin);
  }

  private static LocalDate date(String text, String origin) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw refused(origin, 1, "'" + text + "' is not a date (yyyy-mm-dd)");
    }
  }

  private static int symbolColumn(List<String> header, String origin, int number) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().toLowerCase(Locale.ROOT).equals("symbol")) {
        return i;
      }
    }
    throw refused(origin, number, "the header row has no Symbol column");
  }

  private static List<String> cells(String line, String origin, int number) {
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw refused(origin, number, "not a CSV row: " + e.getMessage());
    }
  }

  private static IllegalArgumentException refused(String origin, int line, String problem) {
    return new IllegalArgumentException("universe file " + origin + " line " + line + ": " + problem);
  }
}
