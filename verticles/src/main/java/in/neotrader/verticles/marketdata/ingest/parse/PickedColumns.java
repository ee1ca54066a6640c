package in.neotrader.verticles.marketdata.ingest.parse;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV whose first record is its header, and of each later record only the columns asked for (a bhavcopy
 * line has 34 fields, the ingest reads 14): the others never become strings. Values are trimmed. A record gives
 * the picked values in the order asked for, null for a column the record is too short to hold.
 */
final class PickedColumns extends AbstractBaseCsvCallbackHandler<PickedColumns.Line> {
  /** One record: its first line number in the file and its values ({@link #header()} for the first record). */
  record Line(long number, String[] values) {}

  private final List<String> header = new ArrayList<>();
  private int[] slotOfField = new int[0];
  private int slots;
  private boolean inHeader = true;
  private String[] values;

  /** The header's names, trimmed, once the first record has been read. */
  List<String> header() {
    return header;
  }

  /**
   * The columns later records give, in this order; a name the header lacks (or null) gives null. Of two header
   * columns of one name the first is read.
   */
  void pick(List<String> columns) {
    slotOfField = new int[header.size()];
    Arrays.fill(slotOfField, -1);
    for (int slot = 0; slot < columns.size(); slot++) {
      int field = header.indexOf(columns.get(slot));
      if (field >= 0) {
        slotOfField[field] = slot;
      }
    }
    slots = columns.size();
    inHeader = false;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    values = inHeader ? null : new String[slots];
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    int start = offset;
    int end = offset + len;
    // String.trim's whitespace: every char up to the space.
    while (start < end && buf[start] <= ' ') {
      start++;
    }
    while (end > start && buf[end - 1] <= ' ') {
      end--;
    }
    if (inHeader) {
      header.add(new String(buf, start, end - start));
    } else if (fieldIdx < slotOfField.length && slotOfField[fieldIdx] >= 0) {
      values[slotOfField[fieldIdx]] = new String(buf, start, end - start);
    }
  }

  @Override
  protected Line buildRecord() {
    return new Line(getStartingLineNumber(), values);
  }
}
