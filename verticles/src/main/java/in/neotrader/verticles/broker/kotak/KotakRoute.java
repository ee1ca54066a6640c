package in.neotrader.verticles.broker.kotak;

import io.vertx.core.json.JsonObject;
import io.vertx.core.net.ProxyOptions;
import io.vertx.core.net.ProxyType;
import io.vertx.ext.web.client.WebClientOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The way out to Kotak for one user's calls, login included (KOTAK_NEO §10): the exchange binds a user's orders
 * to the static IP the user registered, so each user (or household) sends from its own address, through an HTTP
 * CONNECT proxy on a host with that IP or from a local source address of this node. Saved with the sealed broker
 * credentials (the proxy may carry a password), so the node that takes a user over sends the same way.
 *
 * @param proxy the proxy (host, port, optional user and password), when the calls go through one
 * @param localAddress this node's address to send from, when the calls go direct from a chosen address
 * @param registeredIp the address the user registered with Kotak, shown beside the one Kotak sees
 */
public record KotakRoute(Optional<ProxyOptions> proxy, Optional<String> localAddress, Optional<String> registeredIp) {

  /** The server's own default route: what a single-household deployment uses. */
  public static final KotakRoute DIRECT = new KotakRoute(Optional.empty(), Optional.empty(), Optional.empty());

  /** The fields of the credentials document that hold the route. */
  public static final String PROXY = "egressProxy";
  public static final String LOCAL_ADDRESS = "egressLocalAddress";
  public static final String REGISTERED_IP = "registeredIp";

  private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
      + "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  /** The route in a saved credentials document; absent fields mean the server's own address. */
  public static KotakRoute of(JsonObject document) {
    Map<String, String> wrong = problems(document);
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException("saved broker route: " + wrong.keySet() + " " + wrong.values());
    }
    return new KotakRoute(text(document, PROXY).map(KotakRoute::proxyOptions), text(document, LOCAL_ADDRESS),
        text(document, REGISTERED_IP));
  }

  /** What is wrong with the route fields of {@code document}, per field; empty when they are usable. */
  public static Map<String, String> problems(JsonObject document) {
    Map<String, String> wrong = new LinkedHashMap<>();
    text(document, PROXY).filter(url -> !isProxyUrl(url))
        .ifPresent(url -> wrong.put(PROXY, "must be http://[user:password@]host:port, the CONNECT proxy on the host "
            + "whose static IP is registered with Kotak"));
    text(document, LOCAL_ADDRESS).filter(address -> !isIpLiteral(address))
        .ifPresent(address -> wrong.put(LOCAL_ADDRESS, "must be an IPv4 or IPv6 address of this server"));
    if (text(document, PROXY).isPresent() && text(document, LOCAL_ADDRESS).isPresent()) {
      wrong.put(LOCAL_ADDRESS, "give a proxy or a local address, not both");
    }
    text(document, REGISTERED_IP).filter(address -> !isIpLiteral(address))
        .ifPresent(address -> wrong.put(REGISTERED_IP, "must be the IPv4 address registered with Kotak"));
    return wrong;
  }

  /** The HTTP client options that send every call of this route its way. */
  public WebClientOptions clientOptions() {
    WebClientOptions options = new WebClientOptions();
    proxy.ifPresent(options::setProxyOptions);
    localAddress.ifPresent(options::setLocalAddress);
    return options;
  }

  /** For logs and the UI: where the calls leave from, without the proxy's credentials. */
  public String describe() {
    return proxy.map(p -> "proxy " + p.getHost() + ":" + p.getPort())
        .or(() -> localAddress.map(a -> "local address " + a)).orElse("the server's address");
  }

  private static Optional<String> text(JsonObject document, String field) {
    return Optional.ofNullable(document.getValue(field)).map(Object::toString).map(String::trim)
        .filter(s -> !s.isEmpty());
  }

  private static boolean isProxyUrl(String url) {
    try {
      URI uri = new URI(url);
      return "http".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0
          && (uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath()));
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isIpLiteral(String address) {
    return IPV4.matcher(address).matches() || IPV6.matcher(address).matches();
  }

  private static ProxyOptions proxyOptions(String url) {
    URI uri = URI.create(url);
    ProxyOptions options = new ProxyOptions().setType(ProxyType.HTTP).setHost(uri.getHost()).setPort(uri.getPort());
    Optional.ofNullable(uri.getRawUserInfo()).ifPresent(info -> {
      int colon = info.indexOf(':');
      options.setUsername(decode(colon < 0 ? info : info.substring(0, colon)));
      if (colon >= 0) {
        options.setPassword(decode(info.substring(colon + 1)));
      }
    });
    return options;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
