package in.neotrader.web.jar;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL (the {@code postgresql} package .ci/run installs) on a data directory of its own, owned by the
 * {@code postgres} user, since PostgreSQL refuses to run as root. The fault tests stop and start it under the
 * servers, as an operator's restart or an outage would.
 */
final class DebianPostgres implements AutoCloseable {
  private final Path bin;
  private final Path home;
  private final int port;

  private DebianPostgres(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.port = port;
  }

  /** A new cluster, started, with trust authentication on 127.0.0.1 only. */
  static DebianPostgres start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path home = Files.createTempDirectory("neotrader-debian-pg");
    run(List.of("chown", "postgres", home.toString()));
    DebianPostgres server = new DebianPostgres(bin, home, freePort());
    server.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", server.data(), "-A", "trust", "-U", "postgres",
        "-E", "UTF8"));
    server.startAgain();
    return server;
  }

  /** The URL the servers' DB_URL takes. */
  String url() {
    return "postgresql://postgres@127.0.0.1:" + port + "/postgres";
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** A fast shutdown: every connection is cut, as when the database host restarts. */
  void stop() throws IOException, InterruptedException {
    asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"));
  }

  void startAgain() throws IOException, InterruptedException {
    asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-w", "-l", home.resolve("server.log").toString(),
        "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c max_connections=200", "start"));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      stop();
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private String data() {
    return home.resolve("data").toString();
  }

  private void asPostgres(List<String> command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    line.addAll(command);
    run(line);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  /** The newest installed server; absent, the fault tests cannot run, and say why rather than pass. */
  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("Debian's postgresql package is not installed (/usr/lib/postgresql is missing): "
          + "apt-get install postgresql, as .ci/run does");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under " + root));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
