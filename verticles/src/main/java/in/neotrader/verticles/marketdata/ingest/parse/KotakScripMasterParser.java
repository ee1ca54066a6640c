package in.neotrader.verticles.marketdata.ingest.parse;

import in.neotrader.sql.marketdata.ScripMasterRow;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Kotak scrip master (KOTAK_NEO §2): the file-paths answer ({@code data.filesPaths[]}) and its {@code nse_cm}
 * CSV. Headers are trimmed and a trailing ';' dropped ({@code dStrikePrice;}); {@code dTickSize} is in paise.
 */
public final class KotakScripMasterParser {
  private static final BigDecimal PAISE = new BigDecimal(100);
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

  private KotakScripMasterParser() {
  }

  /** The URL of the nse_cm file in a file-paths answer; empty when the answer lists none. */
  public static Optional<String> nseCmPath(String body) throws FileRefused {
    try {
      JsonArray paths = new JsonObject(body).getJsonObject("data", new JsonObject())
          .getJsonArray("filesPaths", new JsonArray());
      for (int i = 0; i < paths.size(); i++) {
        String path = paths.getString(i);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("nse_cm")) {
          return Optional.of(path);
        }
      }
      return Optional.empty();
    } catch (DecodeException | ClassCastException e) {
      throw new FileRefused("kotak file-paths: not a file-paths answer (" + e.getMessage() + ")", e);
    }
  }

  /** The equity lines of an nse_cm CSV. */
  public static List<ScripMasterRow> parse(String fileName, String csv) throws FileRefused {
    try (CSVParser parser = CSV.parse(new StringReader(csv))) {
      List<ScripMasterRow> rows = new ArrayList<>();
      Map<String, Integer> header = null;
      for (CSVRecord r : parser) {
        if (header == null) {
          header = header(r);
          for (String needed : List.of("pSymbol", "pTrdSymbol", "pGroup", "dTickSize", "lLotSize", "pISIN")) {
            if (!header.containsKey(needed)) {
              throw new FileRefused(fileName + ": column " + needed + " missing from the header");
            }
          }
          continue;
        }
        ScripMasterRow row = row(header, r);
        if (row != null) {
          rows.add(row);
        }
      }
      return rows;
    } catch (IOException | NumberFormatException | ArithmeticException e) {
      throw new FileRefused(fileName + ": unreadable CSV (" + e.getMessage() + ")", e);
    }
  }

  private static Map<String, Integer> header(CSVRecord r) {
    Map<String, Integer> names = new TreeMap<>();
    for (int i = 0; i < r.size(); i++) {
      String name = r.get(i).trim();
      names.put(name.endsWith(";") ? name.substring(0, name.length() - 1) : name, i);
    }
    return names;
  }

  private static ScripMasterRow row(Map<String, Integer> h, CSVRecord r) {
    String tradingSymbol = get(h, r, "pTrdSymbol");
    String series = get(h, r, "pGroup");
    int dash = tradingSymbol.lastIndexOf('-');
    if (series.isEmpty() && dash > 0) {
      series = tradingSymbol.substring(dash + 1);
    }
    if (!EquitySeries.isEquity(series)) {
      return null;
    }
    String symbol = tradingSymbol.endsWith("-" + series)
        ? tradingSymbol.substring(0, tradingSymbol.length() - series.length() - 1) : tradingSymbol;
    String tick = get(h, r, "dTickSize");
    String lot = get(h, r, "lLotSize");
    return new ScripMasterRow(get(h, r, "pSymbol"), tradingSymbol, symbol, series,
        tick.isEmpty() ? null : new BigDecimal(tick).divide(PAISE), lot.isEmpty() ? 1 : new BigDecimal(lot).intValue(),
        get(h, r, "pISIN"), get(h, r, "pSymbolName"));
  }

  private static String get(Map<String, Integer> h, CSVRecord r, String column) {
    Integer i = h.get(column);
    return i == null || i >= r.size() ? "" : r.get(i).trim();
  }
}
