package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * De-duplication by natural key within one file: the same key with the same content is a
 * duplicate (one is kept); the same key with different content rejects the later record.
 */
public final class NaturalKeys {
  private final String file;
  private final Problems problems;
  private final Map<String, JsonNode> seen = new HashMap<>();
  private int duplicates;

  public NaturalKeys(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** True when the record is the first with this key and should be imported. */
  public boolean first(String naturalKey, String recordKey, JsonNode record) {
    JsonNode earlier = seen.putIfAbsent(naturalKey, record);
    if (earlier == null) {
      return true;
    }
    if (earlier.equals(record)) {
      duplicates++;
    } else {
      Problem p = new Problem(file, recordKey, null,
          "same natural key (" + naturalKey + ") as an earlier record but different content; the later one is rejected");
      problems.reject(p);
      problems.quarantine(file, recordKey, record, java.util.List.of(p));
    }
    return false;
  }

  public int duplicates() {
    return duplicates;
  }
}
