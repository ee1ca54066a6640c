package in.neotrader.migration.legacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one JSON mapper of the tool. Floats are read as exact decimals so the binary noise of the
 * legacy files survives the round trip through jsonb and back to an export unchanged.
 */
public final class LegacyJson {
  // Exact decimals in trees: Jackson's default strips trailing zeros, so 100000.00 was written as 1E+5.
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final ObjectMapper ESCAPING = MAPPER.copy()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

  private LegacyJson() {
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses a whole file; a leading UTF-8 BOM (seen on Windows hosts) is skipped. */
  public static JsonNode read(Path file) throws IOException {
    return read(Files.readAllBytes(file));
  }

  /** Parses a whole file's bytes (UTF-8, checked by the parser), a leading BOM skipped: no text copy of big files. */
  public static JsonNode read(byte[] bytes) throws IOException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    return MAPPER.readTree(bytes, start, bytes.length - start);
  }

  public static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is not readable: " + e.getMessage(), e);
    }
  }

  /** Writes as the legacy did: 2-space indent, non-ASCII escaped or kept as UTF-8 per file. */
  public static void write(Path file, JsonNode content, boolean escapeNonAscii) throws IOException {
    Files.createDirectories(file.getParent());
    ObjectMapper mapper = escapeNonAscii ? ESCAPING : MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(file, mapper.writeValueAsString(content), StandardCharsets.UTF_8);
  }
}
