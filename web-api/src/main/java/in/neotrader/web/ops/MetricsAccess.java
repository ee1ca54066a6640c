package in.neotrader.web.ops;

import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may read /metrics (user counts, order states, node names): with METRICS_TOKEN set, whoever sends it as a
 * bearer token; without, clients on the same host only (a Prometheus elsewhere, or any proxy in front, needs the
 * token).
 */
public final class MetricsAccess {
  public static final String KEY = "METRICS_TOKEN";
  private final Optional<byte[]> token;

  private MetricsAccess(Optional<byte[]> token) {
    this.token = token;
  }

  public static MetricsAccess fromConfig(JsonObject config) {
    String token = String.valueOf(config.getValue(KEY, "")).trim();
    return new MetricsAccess(token.isEmpty() ? Optional.empty() : Optional.of(token.getBytes(StandardCharsets.UTF_8)));
  }

  void check(RoutingContext ctx) {
    Optional<ApiError> refusal = refusal(ctx.request().remoteAddress().hostAddress(),
        ctx.request().getHeader("Authorization"));
    if (refusal.isEmpty()) {
      ctx.next();
      return;
    }
    if (refusal.get().status() == 401) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
    }
    ctx.fail(refusal.get());
  }

  /** Why a scrape from {@code remoteHost} (an address) with this Authorization header is refused, if it is. */
  Optional<ApiError> refusal(String remoteHost, String authorization) {
    if (token.isPresent()) {
      String sent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
          ? authorization.substring(7).trim() : "";
      return MessageDigest.isEqual(token.get(), sent.getBytes(StandardCharsets.UTF_8)) ? Optional.empty()
          : Optional.of(ApiError.unauthorized("metrics_token_required", "/metrics needs the METRICS_TOKEN as a bearer token"));
    }
    return loopback(remoteHost) ? Optional.empty() : Optional.of(ApiError.forbidden("metrics_local_only",
        "/metrics answers clients on this host only; set METRICS_TOKEN to scrape from another"));
  }

  private static boolean loopback(String address) {
    try {
      // An address literal: parsed, never looked up.
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
