package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.neotrader.migration.normalise.Numbers;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Python reprs the analysis CSV holds: a tuple {@code (low, high)} and a list of strings. */
final class PythonLiterals {
  private static final Pattern TUPLE = Pattern.compile("\\(\\s*([^,]+)\\s*,\\s*([^)]+)\\)");
  private static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");

  private PythonLiterals() {
  }

  static Optional<ObjectNode> range(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TUPLE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<BigDecimal> low = Numbers.decimal(m.group(1));
    Optional<BigDecimal> high = Numbers.decimal(m.group(2));
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode range = LegacyJson.object();
    range.put("low", low.get());
    range.put("high", high.get());
    return Optional.of(range);
  }

  static ArrayNode stringList(String text) {
    ArrayNode list = LegacyJson.MAPPER.createArrayNode();
    if (text != null) {
      Matcher m = QUOTED.matcher(text);
      while (m.find()) {
        list.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return list;
  }
}
