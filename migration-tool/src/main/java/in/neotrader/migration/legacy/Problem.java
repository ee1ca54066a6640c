package in.neotrader.migration.legacy;

/**
 * One thing wrong with (or worth knowing about) a legacy record: which file, which record (index
 * and natural key where known), which field, and what the operator should understand.
 */
public record Problem(String file, String recordKey, String field, String message) {
  @Override
  public String toString() {
    return file + (recordKey == null ? "" : " [" + recordKey + "]") + (field == null ? "" : " ." + field) + ": " + message;
  }
}
