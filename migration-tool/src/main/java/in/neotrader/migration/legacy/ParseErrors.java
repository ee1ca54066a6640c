package in.neotrader.migration.legacy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/**
 * Says where a legacy JSON file broke and why, in the operator's words: the parser's own text
 * names the start of the enclosing object and its internal source description, neither of which
 * helps find the damage.
 */
final class ParseErrors {
  private ParseErrors() {
  }

  static String describe(IOException e) {
    if (!(e instanceof JsonProcessingException j)) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
    String reason = reason(j.getOriginalMessage() == null ? "" : j.getOriginalMessage());
    JsonLocation at = j.getLocation();
    return at == null ? reason : "at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + reason;
  }

  private static String reason(String original) {
    String first = original.lines().findFirst().orElse("").trim();
    int marker = first.indexOf(" (start marker at");
    if (marker >= 0) {
      first = first.substring(0, marker);
    }
    first = first.replaceAll("\\s*\\[Source: [^]]*]", "").replaceAll("\\s*\\(for \\w+ starting at[^)]*\\)", "").trim();
    if (first.startsWith("Unexpected end-of-input")) {
      return "the file ends early (truncated?)";
    }
    if (first.startsWith("Invalid UTF-8")) {
      return "not UTF-8 text (" + first + ")";
    }
    return first;
  }
}
