package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedSignal;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code analysis_results/bulk_analysis_final_YYYYMMDD_HHMMSS.csv}: the day's recommendations, read
 * by header name (real files hold ~50 columns in varying order). Key (symbol, day of the file
 * name); a later file of the same day replaces the earlier rows.
 */
public final class AnalysisCsvFiles {
  private static final Set<String> VERDICTS = Set.of("strong_buy", "buy", "watch", "avoid");
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
  private static final List<String> INDICATOR_COLUMNS = List.of("pe", "pb", "avg_vol", "today_vol");

  private AnalysisCsvFiles() {
  }

  public static void read(ImportPlan plan, Timestamps ts) {
    Map<String, PlannedSignal> byKey = new LinkedHashMap<>();
    for (String file : plan.tree.analysisFiles()) {
      String stamp = file.substring(file.length() - "YYYYMMDD_HHMMSS.csv".length(), file.length() - 4);
      Instant analysedAt = LocalDateTime.parse(stamp, NAME_TIME).atZone(Timestamps.IST).toInstant();
      plan.tree.text(file).ifPresent(text -> readFile(plan, ts, file, analysedAt, text, byKey));
    }
    plan.live.signals.addAll(byKey.values());
  }

  private static void readFile(ImportPlan plan, Timestamps ts, String file, Instant analysedAt, String text,
      Map<String, PlannedSignal> byKey) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      NaturalKeys keys = new NaturalKeys(file, plan.problems());
      Map<String, PlannedSignal> ofThisFile = new LinkedHashMap<>();
      int rows = 0;
      for (CSVRecord row : parser) {
        rows++;
        ObjectNode raw = LegacyJson.object();
        header.forEach(h -> raw.put(h, row.isSet(h) ? row.get(h) : null));
        RecordReader r = new RecordReader(file, "row " + row.getRecordNumber() + " " + raw.path("ticker").asText(""), raw, ts);
        PlannedSignal signal = signal(plan, file, header, analysedAt, r);
        if (r.finish(plan.problems()) && keys.first(signal.symbol(), r.key(), raw)) {
          ofThisFile.put(signal.day() + "|" + signal.symbol(), signal);
        }
      }
      byKey.putAll(ofThisFile);
      plan.duplicates += keys.duplicates();
      plan.counted(file, rows);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      plan.problems().reject(new Problem(file, null, null, "file cannot be parsed, nothing of it is imported: " + e.getMessage()));
    }
  }

  private static PlannedSignal signal(ImportPlan plan, String file, List<String> header, Instant analysedAt, RecordReader r) {
    String symbol = r.symbol("ticker");
    ObjectNode indicators = LegacyJson.object();
    if (r.has("rsi")) {
      indicators.put("rsi10", r.decimal("rsi", false));
    }
    INDICATOR_COLUMNS.stream().filter(r::has).forEach(c -> indicators.put(c, r.decimal(c, false)));
    if (r.has("is_above_ema200")) {
      indicators.put("is_above_ema200", "True".equals(r.text("is_above_ema200", false)));
    }
    ObjectNode details = LegacyJson.object();
    PythonLiterals.range(r.text("buy_range", false)).ifPresent(range -> details.set("buy_range", range));
    for (String c : List.of("target", "stop", "execution_capital", "max_capital")) {
      if (r.has(c)) {
        details.put(c, r.decimal(c, false));
      }
    }
    if (r.has("capital_adjusted")) {
      details.put("capital_adjusted", "True".equals(r.text("capital_adjusted", false)));
    }
    details.set("justification", PythonLiterals.stringList(r.text("justification", false)));
    ObjectNode legacy = LegacyJson.object();
    ObjectNode csv = legacy.putObject("analysis_csv");
    csv.put("file", file);
    header.forEach(csv.putArray("header")::add);
    csv.set("row", r.node());
    BigDecimal lastClose = r.decimal("last_close", false);
    var day = Timestamps.istDate(analysedAt);
    return new PlannedSignal(plan.live.ref("analysis", symbol + "@" + day), day, symbol,
        r.oneOf("verdict", VERDICTS, false), r.oneOf("final_verdict", VERDICTS, false),
        r.has("status") ? r.text("status", false) : "success", "analysis", r.decimal("strength_score", false),
        r.decimal("backtest_score", false), r.decimal("combined_score", false),
        lastClose == null ? null : Numbers.money(lastClose), indicators, details, analysedAt, legacy);
  }
}
