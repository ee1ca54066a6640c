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
  private final Map<String, Kept> seen = new HashMap<>();
  private int duplicates;

  public NaturalKeys(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  private record Kept(String recordKey, JsonNode record) {
  }

  /** True when the record is the first with this key and should be imported. */
  public boolean first(String naturalKey, String recordKey, JsonNode record) {
    Kept earlier = seen.putIfAbsent(naturalKey, new Kept(recordKey, record));
    if (earlier == null) {
      return true;
    }
    if (SameJson.sameRecord(earlier.record(), record)) {
      duplicates++;
      problems.duplicate(new Problem(file, recordKey, null, "duplicate of [" + earlier.recordKey() + "] (natural key "
          + naturalKey + "); the earlier one is kept"));
    } else {
      Problem p = new Problem(file, recordKey, null,
          "same natural key (" + naturalKey + ") as [" + earlier.recordKey() + "] but different content; the later one is rejected");
      problems.reject(p);
      problems.quarantine(file, recordKey, record, java.util.List.of(p));
    }
    return false;
  }

  public int duplicates() {
    return duplicates;
  }
}
