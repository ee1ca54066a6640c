package in.neotrader.web.guard;

import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser-facing headers of every answer: a Content-Security-Policy that allows no inline script but the
 * page's own import map (by its hash, read from the shipped index.html), no framing, no MIME sniffing, no referrer.
 */
public final class SecurityHeaders {
  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>",
      Pattern.DOTALL);

  private final String policy;

  private SecurityHeaders(String policy) {
    this.policy = policy;
  }

  /** From {@code webroot/index.html} on the classpath. */
  public static SecurityHeaders forShippedPage() {
    try (InputStream page = SecurityHeaders.class.getClassLoader().getResourceAsStream("webroot/index.html")) {
      String html = page == null ? "" : new String(page.readAllBytes(), StandardCharsets.UTF_8);
      return new SecurityHeaders(policy(inlineScriptHashes(html)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> inlineScriptHashes(String html) {
    List<String> hashes = new ArrayList<>();
    Matcher m = INLINE_SCRIPT.matcher(html);
    while (m.find()) {
      hashes.add("'sha256-" + sha256(m.group(1)) + "'");
    }
    return hashes;
  }

  private static String policy(List<String> scriptHashes) {
    return "default-src 'self'; script-src 'self' " + String.join(" ", scriptHashes) + "; style-src 'self' "
        + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'; frame-ancestors 'none'";
  }

  public void add(RoutingContext ctx) {
    ctx.response().putHeader("Content-Security-Policy", policy).putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("X-Frame-Options", "DENY").putHeader("Referrer-Policy", "no-referrer");
    ctx.next();
  }

  public String policy() {
    return policy;
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
