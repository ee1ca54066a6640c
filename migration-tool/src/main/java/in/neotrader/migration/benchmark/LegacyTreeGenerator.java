package in.neotrader.migration.benchmark;

import com.fasterxml.jackson.core.JsonGenerator;
import in.neotrader.migration.legacy.LegacyJson;
import in.neotrader.migration.legacy.LegacyTree;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A synthetic legacy tree of a given size for the benchmark: 40 % pending orders, 30 % trades,
 * 15 % paper orders and 15 % paper transactions, in the legacy field layout.
 */
public final class LegacyTreeGenerator {
  private static final DateTimeFormatter PYTHON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final LocalDateTime START = LocalDateTime.of(2020, 1, 1, 9, 15);
  private static final int SYMBOLS = 500;

  private LegacyTreeGenerator() {
  }

  public static void generate(Path root, int records) throws IOException {
    int pending = records * 40 / 100;
    int trades = records * 30 / 100;
    int paper = (records - pending - trades) / 2;
    write(root.resolve(LegacyTree.PENDING), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("orders");
      for (int i = 0; i < pending; i++) {
        g.writeStartObject();
        g.writeStringField("order_id", String.valueOf(900_000_000_000_000L + i));
        g.writeStringField("symbol", "SYM" + (i % SYMBOLS) + "-EQ");
        g.writeNumberField("qty", 1 + i % 200);
        g.writeStringField("order_type", "MARKET");
        g.writeStringField("variety", "AMO");
        g.writeNumberField("price", 0.0);
        g.writeStringField("placed_at", time(i));
        g.writeStringField("status", "PENDING");
        g.writeNullField("rejection_reason");
        g.writeNumberField("check_count", 0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    write(root.resolve(LegacyTree.TRADES), g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("trades");
      for (int i = 0; i < trades; i++) {
        g.writeStartObject();
        g.writeStringField("symbol", "SYM" + (i % SYMBOLS));
        g.writeNumberField("entry_price", new BigDecimal(100 + i % 900).add(new BigDecimal("0.35")));
        g.writeStringField("entry_time", time(i));
        g.writeNumberField("qty", 1 + i % 50);
        g.writeStringField("status", "open");
        g.writeStringField("entry_type", "system_recommended");
        g.writeNumberField("rsi10", 27.618374102216);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("failed_orders");
      g.writeEndArray();
      g.writeNullField("last_run");
      g.writeEndObject();
    });
    write(root.resolve(LegacyTree.PAPER_ORDERS), g -> {
      g.writeStartArray();
      for (int i = 0; i < paper; i++) {
        g.writeStartObject();
        g.writeStringField("symbol", "SYM" + (i % SYMBOLS));
        g.writeNumberField("quantity", 1 + i % 40);
        g.writeStringField("order_type", "MARKET");
        g.writeStringField("transaction_type", "BUY");
        g.writeNullField("price");
        g.writeStringField("variety", "AMO");
        g.writeStringField("order_id", "PT" + i);
        g.writeStringField("status", "COMPLETE");
        g.writeStringField("placed_at", time(i));
        g.writeStringField("executed_at", time(i));
        g.writeNumberField("executed_price", 611.42);
        g.writeNumberField("executed_quantity", 1 + i % 40);
        g.writeStringField("remarks", "");
        g.writeEndObject();
      }
      g.writeEndArray();
    });
    write(root.resolve(LegacyTree.PAPER_TRANSACTIONS), g -> {
      g.writeStartArray();
      for (int i = 0; i < paper; i++) {
        g.writeStartObject();
        g.writeStringField("order_id", "PT" + i);
        g.writeStringField("symbol", "SYM" + (i % SYMBOLS));
        g.writeStringField("transaction_type", "BUY");
        g.writeNumberField("quantity", 1 + i % 40);
        g.writeNumberField("price", 611.42);
        g.writeNumberField("charges", 10.210714000000001);
        g.writeStringField("timestamp", time(i));
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static String time(int i) {
    return START.plusSeconds(i).plusNanos((i % 1000) * 1000L).format(PYTHON);
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    try (JsonGenerator g = LegacyJson.MAPPER.getFactory().createGenerator(Files.newBufferedWriter(file))) {
      body.write(g);
    }
  }
}
