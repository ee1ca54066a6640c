package in.neotrader.verticles.marketdata.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one CSV inside an NSE archive zip, read strictly: the entry must inflate to its end with a matching CRC
 * and the archive must end with its central directory, so a download cut short is refused instead of read
 * as a shorter file.
 */
final class ZipEntryReader {
  private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  private static final int MIN_END_RECORD = 22;

  private ZipEntryReader() {
  }

  static byte[] singleCsv(String fileName, byte[] zip) throws FileRefused {
    if (!hasEndRecord(zip)) {
      throw new FileRefused(fileName + ": truncated zip (" + zip.length + " bytes, no end of central directory)");
    }
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry = in.getNextEntry();
      if (entry == null || !entry.getName().toLowerCase().endsWith(".csv")) {
        throw new FileRefused(fileName + ": the zip holds no CSV file");
      }
      byte[] csv = in.readAllBytes();
      if (in.getNextEntry() != null) {
        throw new FileRefused(fileName + ": the zip holds more than one file");
      }
      return csv;
    } catch (IOException e) {
      throw new FileRefused(fileName + ": corrupt zip (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hasEndRecord(byte[] zip) {
    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    for (int i = zip.length - MIN_END_RECORD; i >= 0 && i >= zip.length - MIN_END_RECORD - 65_535; i--) {
      int sig = (zip[i] & 0xff) | (zip[i + 1] & 0xff) << 8 | (zip[i + 2] & 0xff) << 16 | (zip[i + 3] & 0xff) << 24;
      if (sig == END_OF_CENTRAL_DIRECTORY) {
        return true;
      }
    }
    return false;
  }
}
