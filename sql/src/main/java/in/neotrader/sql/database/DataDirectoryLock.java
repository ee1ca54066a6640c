package in.neotrader.sql.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code DATA_DIR/pg.lock}, held for as long as a process uses the embedded
 * database. The server and the migration tool both take it, so neither runs on a data directory
 * the other is using, and a PostgreSQL left running after a crash can be told from a live one.
 */
public final class DataDirectoryLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  public static DataDirectoryLock acquire(Path dataDir) {
    Path file = dataDir.resolve("pg.lock");
    try {
      Files.createDirectories(dataDir);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DatabaseUnavailable("data directory " + dataDir + " is in use by another process"
            + " (a server or the migration tool); stop it or choose another DATA_DIR");
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new DatabaseUnavailable("cannot lock data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // The OS releases the lock with the process anyway.
    }
  }
}
