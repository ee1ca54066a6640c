package in.neotrader.migration.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a table with COPY (CSV): an order of magnitude faster than INSERTs for the
 * million-row trees of real installs, and still inside the batch's transaction.
 */
public final class CopyWriter {
  private static final int FLUSH_BYTES = 1 << 20;
  private static final int PROGRESS_STEP = 10_000;

  private CopyWriter() {
  }

  public static <T> long copy(Connection connection, String table, List<String> columns, Collection<T> rows,
      Function<T, Object[]> values, LongConsumer progress) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
      StringBuilder line = new StringBuilder(512);
      int pending = 0;
      for (T row : rows) {
        line.setLength(0);
        Object[] v = values.apply(row);
        for (int i = 0; i < v.length; i++) {
          if (i > 0) {
            line.append(',');
          }
          append(line, v[i]);
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        if (++pending == PROGRESS_STEP) {
          progress.accept(pending);
          pending = 0;
        }
        if (buffer.size() >= FLUSH_BYTES) {
          copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
          buffer.reset();
        }
      }
      progress.accept(pending);
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      return copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void append(StringBuilder line, Object value) {
    if (value == null) {
      return; // unquoted empty = NULL in CSV COPY
    }
    String text;
    if (value instanceof BigDecimal d) {
      line.append(d.toPlainString());
      return;
    } else if (value instanceof Number || value instanceof Boolean) {
      line.append(value);
      return;
    } else if (value instanceof Instant i) {
      line.append(i);
      return;
    } else if (value instanceof List<?> list) {
      text = arrayLiteral(list);
    } else if (value instanceof JsonNode json) {
      text = json.toString();
    } else {
      text = value.toString();
    }
    line.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  private static String arrayLiteral(List<?> list) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < list.size(); i++) {
      s.append(i > 0 ? "," : "").append('"').append(list.get(i).toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return s.append('}').toString();
  }
}
