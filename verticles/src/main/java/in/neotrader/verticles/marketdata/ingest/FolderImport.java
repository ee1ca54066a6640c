package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.verticles.marketdata.ingest.fetch.NseArchives;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports a folder of bhavcopy zips downloaded elsewhere (hosts that cannot reach NSE), oldest day first. Every
 * {@code .zip} must carry a bhavcopy name of either pattern: another name is bad usage, named in the error.
 */
public final class FolderImport {
  private final Vertx vertx;
  private final BhavcopyIngest ingest;

  public FolderImport(Vertx vertx, BhavcopyIngest ingest) {
    this.vertx = vertx;
    this.ingest = ingest;
  }

  /** The zips of {@code dir} by day; fails with IllegalArgumentException naming a file that is not a bhavcopy. */
  public static Map<LocalDate, Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory");
    }
    Map<LocalDate, Path> byDay = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".zip"))::iterator) {
        LocalDate day = NseArchives.dayOf(p.getFileName().toString()).orElseThrow(() -> new IllegalArgumentException(
            p + " is not named like a bhavcopy (BhavCopy_NSE_CM_0_0_0_<YYYYMMDD>_F_0000.csv.zip or cm<DD><MMM><YYYY>bhav.csv.zip)"));
        byDay.put(day, p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    return byDay;
  }

  public Future<Backfill.Result> run(Map<LocalDate, Path> files, Backfill.Progress progress) {
    int[] counts = new int[3];
    Future<Void> chain = Future.succeededFuture();
    int done = 0;
    for (Map.Entry<LocalDate, Path> e : files.entrySet()) {
      int n = ++done;
      chain = chain.compose(v -> vertx.fileSystem().readFile(e.getValue().toString()))
          .compose(bytes -> ingest.write(e.getKey(), e.getValue().getFileName().toString(), bytes.getBytes()))
          .map(outcome -> {
            counts[outcome.ordinal()]++;
            Backfill.report(n, files.size(), e.getKey(), outcome, progress);
            return null;
          });
    }
    return chain.map(v -> new Backfill.Result(counts[0], counts[1], counts[2], 0));
  }
}
