package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.normalise.Numbers;
import in.neotrader.migration.normalise.Timestamps;
import in.neotrader.migration.plan.ImportPlan;
import in.neotrader.migration.plan.PlannedDailyPnl;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** {@code data/pnl_daily.csv}: one row per IST date; a later row of the same date replaces the earlier. */
public final class PnlDailyFile {
  private static final String FILE = LegacyTree.PNL_DAILY;

  private PnlDailyFile() {
  }

  public static void read(ImportPlan plan, Timestamps ts) {
    plan.tree.text(FILE).ifPresent(text -> {
      Map<LocalDate, PlannedDailyPnl> byDay = new LinkedHashMap<>();
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
      int rows = 0;
      try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
        for (CSVRecord row : parser) {
          rows++;
          ObjectNode raw = LegacyJson.object();
          parser.getHeaderNames().forEach(h -> raw.put(h, row.isSet(h) ? row.get(h) : null));
          RecordReader r = new RecordReader(FILE, "row " + row.getRecordNumber() + " " + raw.path("date").asText(""), raw, ts);
          LocalDate day = r.has("date") ? ts.tradingDate(r.text("date", true)).orElseGet(() -> r.fail("date", "not a date"))
              : r.fail("date", "required field is missing");
          BigDecimal realised = r.decimal("realized_pnl", true);
          BigDecimal unrealised = r.decimal("unrealized_pnl", false);
          BigDecimal fees = r.decimal("fees", false);
          if (r.finish(plan.problems())) {
            byDay.put(day, new PlannedDailyPnl(plan.live.ref("pnl_daily", day.toString()), day, Numbers.money(realised),
                Numbers.money(orZero(unrealised)), Numbers.charges(orZero(fees))));
          }
        }
      } catch (IOException | IllegalArgumentException | IllegalStateException e) {
        plan.problems().reject(new Problem(FILE, null, null, "file cannot be parsed, nothing of it is imported: " + e.getMessage()));
        return;
      }
      plan.live.dailyPnl.addAll(byDay.values());
      plan.counted(FILE, rows);
    });
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
