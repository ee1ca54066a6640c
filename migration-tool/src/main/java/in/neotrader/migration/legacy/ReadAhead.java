package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads and parses the big legacy files on a second thread, in the order the planner asks for
 * them, so one file is parsed while the records of the one before are planned. Only bytes,
 * checksum and tree come from here: what they mean (problems, checksums) is recorded on the
 * planner's thread in its own order, so the reports stay the same from run to run.
 */
final class ReadAhead {
  /** One file as read: the checksum of its bytes and their tree, or why they do not parse. */
  record Parsed(String sha256, JsonNode tree, IOException parseFailure) {
  }

  private final Map<String, Future<Parsed>> pending = new HashMap<>();

  ReadAhead(Path root, List<String> relatives) {
    ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "legacy-read-ahead");
      t.setDaemon(true);
      return t;
    });
    for (String relative : relatives) {
      Path file = root.resolve(relative);
      if (Files.isRegularFile(file)) {
        pending.put(relative, reader.submit(() -> read(file)));
      }
    }
    reader.shutdown(); // the queued reads still run; the thread ends after the last
  }

  /** The file as read ahead, or read now when it was not. */
  Parsed take(String relative, Path file) {
    Future<Parsed> ahead = pending.remove(relative);
    if (ahead == null) {
      return read(file);
    }
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + file, e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  static Parsed read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file); // read once: checksummed and parsed from the same bytes
    } catch (IOException e) {
      throw new IllegalStateException("cannot checksum " + file + ": " + e.getMessage(), e);
    }
    String sha256 = LegacyTree.sha256(bytes);
    try {
      return new Parsed(sha256, LegacyJson.read(bytes), null);
    } catch (IOException e) {
      return new Parsed(sha256, null, e);
    }
  }
}
