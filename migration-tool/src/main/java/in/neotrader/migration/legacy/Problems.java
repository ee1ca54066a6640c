package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects every rejection and warning of a run, so the report lists them all, not the first. */
public final class Problems {
  private final List<Problem> rejections = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final List<Quarantined> quarantined = new ArrayList<>();
  private final List<Problem> duplicates = new ArrayList<>();
  private final List<Problem> merges = new ArrayList<>();
  private final List<Problem> updates = new ArrayList<>();
  private final List<Problem> skipped = new ArrayList<>();
  private final List<Problem> notMigrated = new ArrayList<>();

  /** A rejected record kept whole for the quarantine file, with its reasons. */
  public record Quarantined(String file, String recordKey, JsonNode record, List<Problem> reasons) {
  }

  public void reject(Problem problem) {
    rejections.add(problem);
  }

  public void warn(Problem problem) {
    warnings.add(problem);
  }

  public void quarantine(String file, String recordKey, JsonNode record, List<Problem> reasons) {
    quarantined.add(new Quarantined(file, recordKey, record, List.copyOf(reasons)));
  }

  /** A record dropped because an identical one (named in the message) is kept. */
  public void duplicate(Problem problem) {
    duplicates.add(problem);
  }

  /** A record joined to another one (of this tree or of an earlier batch), named in the message. */
  public void merge(Problem problem) {
    merges.add(problem);
  }

  /** A row of an earlier batch this import changed on request (--apply-updates), with what changed. */
  public void update(Problem problem) {
    updates.add(problem);
  }

  public List<Problem> updates() {
    return updates;
  }

  /** A folder left out on purpose (a backup copy), named in the report. */
  public void skip(Problem problem) {
    skipped.add(problem);
  }

  /** A file or folder of the tree the tool does not import, with the reason. */
  public void notMigrated(Problem problem) {
    notMigrated.add(problem);
  }

  public List<Problem> skipped() {
    return skipped;
  }

  public List<Problem> notMigrated() {
    return notMigrated;
  }

  public List<Problem> duplicates() {
    return duplicates;
  }

  public List<Problem> merges() {
    return merges;
  }

  public List<Problem> rejections() {
    return rejections;
  }

  public List<Problem> warnings() {
    return warnings;
  }

  public List<Quarantined> quarantined() {
    return quarantined;
  }
}
