package in.neotrader.web.jar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped {@code trading-server.jar} started with {@code java -jar}, as an operator starts it: only its own
 * classpath, configured by environment variables. Its output is kept for the assertions and for failures.
 */
final class ServerJar implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("Trading server ready at (http://\\S+)");

  private final Process process;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private volatile String url;

  private ServerJar(Process process) {
    this.process = process;
    Thread reader = new Thread(this::readOutput, "trading-server.jar output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the jar built by {@code mvn package} with {@code environment} and waits until it prints its URL. */
  static ServerJar start(Map<String, String> environment) throws IOException, InterruptedException {
    return start(List.of(java(), "-Xmx512m", "-jar", jar().toString()), environment);
  }

  /** Starts {@code command} (a command line running the jar) with {@code environment}, waiting as above. */
  static ServerJar start(List<String> command, Map<String, String> environment) throws IOException,
      InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    ServerJar server = new ServerJar(builder.start());
    server.awaitReady();
    return server;
  }

  String url() {
    return url;
  }

  /** The jar built by {@code mvn package}. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("trading.server.jar", "target/trading-server.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the jar tests run after mvn package (mvn verify)");
    }
    return jar.toAbsolutePath();
  }

  /** This JVM's java, for the jar's command lines. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Everything the jar printed so far, one line an element. */
  List<String> output() {
    return List.copyOf(output);
  }

  /** As {@link #printed}, waiting up to {@code seconds} for the line: what follows an event may lag behind it. */
  String awaitPrinted(Pattern pattern, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline && output.stream().noneMatch(line -> pattern.matcher(line).find())) {
      Thread.sleep(100);
    }
    return printed(pattern);
  }

  /** The first group of {@code pattern} in the printed lines, or an error showing what was printed. */
  String printed(Pattern pattern) {
    for (String line : output) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("trading-server.jar never printed " + pattern + "; it printed:\n" + String.join("\n", output));
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (url == null && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    if (url == null) {
      process.destroyForcibly();
      throw new AssertionError("trading-server.jar did not start (alive=" + process.isAlive() + "):\n"
          + String.join("\n", output));
    }
  }

  private void readOutput() {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher ready = READY.matcher(line);
        if (url == null && ready.find()) {
          url = ready.group(1);
        }
      }
    } catch (IOException closed) {
      // the process ended
    }
  }

  /** SIGKILL, a crash: no shutdown hook runs, no lease is given back. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGTERM, the operator's stop; the exit code of a clean shutdown is 0. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(45, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }
}
