package in.neotrader.web.notify;

import in.neotrader.core.notify.NotificationKind;
import in.neotrader.web.errors.ApiError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a new notification channel field by field: a Telegram bot token and chat, or a webhook URL and a signing
 * secret, and the events chosen. A webhook to a loopback or private address is refused unless the operator allows
 * it (NOTIFY_ALLOW_PRIVATE_WEBHOOKS): otherwise any trader could make the server call inside its own network.
 */
final class ChannelRules {

  /** The channel as checked: what is sealed, the label shown, the events. */
  record Checked(String kind, JsonObject sealed, String label, List<String> events) {}

  private static final Pattern BOT_TOKEN = Pattern.compile("\\d{5,12}:[A-Za-z0-9_-]{30,60}");
  private static final Pattern CHAT_ID = Pattern.compile("-?\\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31}");
  private static final Set<String> TELEGRAM = Set.of("kind", "events", "botToken", "chatId");
  private static final Set<String> WEBHOOK = Set.of("kind", "events", "url", "secret");

  private final boolean allowPrivateWebhooks;

  ChannelRules(boolean allowPrivateWebhooks) {
    this.allowPrivateWebhooks = allowPrivateWebhooks;
  }

  Checked check(JsonObject body) {
    Map<String, String> wrong = new TreeMap<>();
    String kind = body.getValue("kind") instanceof String k ? k : "";
    if (!kind.equals("telegram") && !kind.equals("webhook")) {
      throw ApiError.validation(Map.of("kind", "must be telegram or webhook"));
    }
    Set<String> allowed = kind.equals("telegram") ? TELEGRAM : WEBHOOK;
    body.fieldNames().stream().filter(f -> !allowed.contains(f)).forEach(f -> wrong.put(f, "is not a field of a "
        + kind + " channel"));
    List<String> events = events(body.getValue("events"), wrong);
    JsonObject sealed = new JsonObject();
    String label;
    if (kind.equals("telegram")) {
      String token = text(body, "botToken", BOT_TOKEN, "must be a bot token from @BotFather (123456:ABC...)", wrong);
      String chat = text(body, "chatId", CHAT_ID, "must be a numeric chat id or an @channel name", wrong);
      sealed.put("botToken", token).put("chatId", chat);
      label = "Telegram chat " + chat;
    } else {
      String url = url(body.getValue("url"), wrong);
      Object secret = body.getValue("secret");
      if (!(secret instanceof String s) || s.length() < 16 || s.length() > 200) {
        wrong.put("secret", "must be 16 to 200 characters: the key the signature is made with");
      }
      sealed.put("url", url).put("secret", secret instanceof String s ? s : "");
      label = "Webhook " + (url == null ? "" : URI.create(url).getHost());
    }
    if (!wrong.isEmpty()) {
      throw ApiError.validation(wrong);
    }
    return new Checked(kind, sealed, label, events);
  }

  private static List<String> events(Object value, Map<String, String> wrong) {
    List<String> chosen = new ArrayList<>();
    if (!(value instanceof JsonArray list) || list.isEmpty()) {
      wrong.put("events", "must list at least one of " + choices());
      return chosen;
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object code = list.getValue(i);
      boolean known = code instanceof String c && NotificationKind.byCode(c).filter(k -> k != NotificationKind.TEST)
          .isPresent();
      if (!known) {
        wrong.put("events[" + i + "]", "must be one of " + choices());
      } else {
        distinct.add((String) code);
      }
    }
    chosen.addAll(distinct);
    return chosen;
  }

  private static String choices() {
    return String.join(", ", java.util.Arrays.stream(NotificationKind.values())
        .filter(k -> k != NotificationKind.TEST).map(NotificationKind::code).toList());
  }

  private static String text(JsonObject body, String field, Pattern shape, String message, Map<String, String> wrong) {
    Object value = body.getValue(field);
    if (value instanceof String s && shape.matcher(s.trim()).matches()) {
      return s.trim();
    }
    wrong.put(field, message);
    return null;
  }

  private String url(Object value, Map<String, String> wrong) {
    try {
      URI uri = value instanceof String s && s.length() <= 500 ? new URI(s.trim()) : null;
      if (uri == null || !List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null
          || uri.getUserInfo() != null) {
        wrong.put("url", "must be an http(s) URL of at most 500 characters, without credentials");
        return null;
      }
      if (!allowPrivateWebhooks && isPrivate(uri.getHost())) {
        wrong.put("url", "must not point at a loopback or private address");
        return null;
      }
      return uri.toString();
    } catch (java.net.URISyntaxException e) {
      wrong.put("url", "must be an http(s) URL of at most 500 characters, without credentials");
      return null;
    }
  }

  /** Only literal addresses and localhost are judged: resolving names here would block the event loop. */
  private static boolean isPrivate(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|\\[?[0-9A-Fa-f:]+]?")) {
      return false;
    }
    try {
      InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
      return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
          || address.isAnyLocalAddress();
    } catch (java.net.UnknownHostException e) {
      return true;
    }
  }
}
