package in.neotrader.verticles.testing;

import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed TLS certificate for 127.0.0.1, made with the JDK's keytool, so a fake of an HTTPS service (Kotak)
 * is reached as the real one is: over TLS, through a CONNECT tunnel when a proxy is set. Clients trust it the way
 * an operator trusts a private CA, through the JVM's trust store ({@link #trustedWhile}).
 */
public final class LoopbackCertificate {
  private static final String PASSWORD = "loopback-test";

  private final Path keyStore;
  private final Path trustStore;

  private LoopbackCertificate(Path keyStore, Path trustStore) {
    this.keyStore = keyStore;
    this.trustStore = trustStore;
  }

  public static LoopbackCertificate create() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("loopback-tls");
    Path keyStore = dir.resolve("server.p12");
    Path cert = dir.resolve("server.pem");
    Path trustStore = dir.resolve("trust.p12");
    keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
        "-storepass", PASSWORD, "-keypass", PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
        "-file", cert.toString());
    keytool("-importcert", "-noprompt", "-alias", "server", "-file", cert.toString(), "-storetype", "PKCS12",
        "-keystore", trustStore.toString(), "-storepass", PASSWORD);
    return new LoopbackCertificate(keyStore, trustStore);
  }

  /** What the fake server presents. */
  public PfxOptions serverKey() {
    return new PfxOptions().setPath(keyStore.toString()).setPassword(PASSWORD);
  }

  /** Runs {@code body} with the JVM trusting only this certificate, as -Djavax.net.ssl.trustStore would. */
  public <T> T trustedWhile(ThrowingSupplier<T> body) throws Exception {
    List<String> keys = List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
        "javax.net.ssl.trustStoreType");
    List<String> before = keys.stream().map(System::getProperty).toList();
    System.setProperty(keys.get(0), trustStore.toString());
    System.setProperty(keys.get(1), PASSWORD);
    System.setProperty(keys.get(2), "PKCS12");
    try {
      return body.get();
    } finally {
      for (int i = 0; i < keys.size(); i++) {
        if (before.get(i) == null) {
          System.clearProperty(keys.get(i));
        } else {
          System.setProperty(keys.get(i), before.get(i));
        }
      }
    }
  }

  @FunctionalInterface
  public interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    Path tool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }
}
