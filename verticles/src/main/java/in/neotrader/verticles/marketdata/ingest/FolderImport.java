package in.neotrader.verticles.marketdata.ingest;

import in.neotrader.verticles.marketdata.ingest.fetch.NseArchives;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Imports a folder of bhavcopy zips downloaded elsewhere (hosts that cannot reach NSE), oldest day first. Every
 * {@code .zip} must carry a bhavcopy name of either pattern: another name is bad usage, named in the error. Files
 * are written {@link #BATCH_DAYS} days to a transaction, the next batch parsed while one is written.
 */
public final class FolderImport {
  /**
   * Days written per transaction: one candle statement (or COPY) and one instrument statement for all of them,
   * about 100,000 candles for 2,000 symbols.
   */
  static final int BATCH_DAYS = 50;

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
    List<List<Map.Entry<LocalDate, Path>>> batches = new ArrayList<>();
    List<Map.Entry<LocalDate, Path>> all = List.copyOf(files.entrySet());
    for (int i = 0; i < all.size(); i += BATCH_DAYS) {
      batches.add(all.subList(i, Math.min(all.size(), i + BATCH_DAYS)));
    }
    int[] counts = new int[3];
    if (batches.isEmpty()) {
      return Future.succeededFuture(new Backfill.Result(0, 0, 0, 0));
    }
    return importFrom(0, batches, parseAtOnce(batches.get(0)), counts, files.size(), progress)
        .map(v -> new Backfill.Result(counts[0], counts[1], counts[2], 0));
  }

  /**
   * Writes batch {@code i} while the next one is read and parsed, one file after another: files parsed on every
   * worker thread at once took the cores from the database writing the batch, the longer part.
   */
  private Future<Void> importFrom(int i, List<List<Map.Entry<LocalDate, Path>>> batches,
      Future<List<BhavcopyIngest.Parsed>> parsed, int[] counts, int total, Backfill.Progress progress) {
    return parsed.compose(files -> {
      Future<List<BhavcopyIngest.Parsed>> ahead = i + 1 < batches.size() ? parseInTurn(batches.get(i + 1)) : null;
      return ingest.store(files).compose(outcomes -> {
        for (int k = 0; k < outcomes.size(); k++) {
          counts[outcomes.get(k).ordinal()]++;
          Backfill.report(i * BATCH_DAYS + k + 1, total, files.get(k).expected(), outcomes.get(k), progress);
        }
        return ahead == null ? Future.succeededFuture() : importFrom(i + 1, batches, ahead, counts, total, progress);
      });
    });
  }

  /** The first batch, which nothing else waits beside: all its files at once. */
  private Future<List<BhavcopyIngest.Parsed>> parseAtOnce(List<Map.Entry<LocalDate, Path>> batch) {
    List<Future<BhavcopyIngest.Parsed>> each = batch.stream().map(this::parse).toList();
    return Future.all(each).map(done -> each.stream().map(Future::result).toList());
  }

  private Future<List<BhavcopyIngest.Parsed>> parseInTurn(List<Map.Entry<LocalDate, Path>> batch) {
    List<BhavcopyIngest.Parsed> parsed = new ArrayList<>(batch.size());
    Future<Void> chain = Future.succeededFuture();
    for (Map.Entry<LocalDate, Path> file : batch) {
      chain = chain.compose(v -> parse(file).map(parsed::add).mapEmpty());
    }
    return chain.map(v -> parsed);
  }

  private Future<BhavcopyIngest.Parsed> parse(Map.Entry<LocalDate, Path> file) {
    return vertx.fileSystem().readFile(file.getValue().toString())
        .compose(bytes -> ingest.parse(file.getKey(), file.getValue().getFileName().toString(), bytes.getBytes()));
  }
}
