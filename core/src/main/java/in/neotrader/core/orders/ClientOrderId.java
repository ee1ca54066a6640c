package in.neotrader.core.orders;

import in.neotrader.core.tasks.TradingTask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The deterministic identity of one order intent: the same (user, trading day, task, symbol,
 * side, leg) always gives the same id, so a unique constraint stops a retried task from placing
 * twice. Readable for operators, at most 64 characters, only [A-Za-z0-9-].
 */
public record ClientOrderId(String value) {

  public static final int MAX_LENGTH = 64;
  private static final int SYMBOL_CHARS = 16;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  /** What a symbol keeps for reading; compiled once (a burst makes an id per intent). */
  private static final Pattern NOT_READABLE = Pattern.compile("[^A-Z0-9]");
  /** A digest per thread, reset by each digest: looking SHA-256 up among the providers costs more than hashing. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ClientOrderId::sha256);

  public ClientOrderId {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("client order id must be 1.." + MAX_LENGTH + " characters");
    }
  }

  /**
   * E.g. {@code u42-20250303-bo-B1-MM-3f9c2a1b} for user 42's first BUY leg of M&M from
   * buy_orders. The symbol is shortened and cleaned for reading only; the hash over the raw
   * fields keeps ids of different symbols apart (M&M and MM).
   */
  public static ClientOrderId of(long userId, LocalDate tradingDay, TradingTask task, String symbol,
      OrderSide side, int leg) {
    if (userId < 0) {
      throw new IllegalArgumentException("userId must be >= 0");
    }
    if (leg < 1 || leg > 999) {
      throw new IllegalArgumentException("leg must be 1..999");
    }
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is required");
    }
    String cleaned = NOT_READABLE.matcher(symbol.toUpperCase()).replaceAll("");
    String shortSymbol = cleaned.substring(0, Math.min(SYMBOL_CHARS, cleaned.length()));
    String raw = userId + "|" + tradingDay + "|" + task.stableName() + "|" + symbol + "|" + side + "|" + leg;
    return new ClientOrderId("u" + userId + "-" + tradingDay.format(DAY) + "-" + taskCode(task) + "-"
        + (side == OrderSide.BUY ? "B" : "S") + leg + "-" + shortSymbol + "-" + hash8(raw));
  }

  /**
   * A trader's exit from the UI, e.g. {@code u42-20250303-tx-S-RELIANCE-3f9c2a1b}: the same (user, day, symbol,
   * request id) always gives the same id, so a double submit of one confirmation is one order.
   */
  public static ClientOrderId traderExit(long userId, LocalDate tradingDay, String symbol, String requestId) {
    if (requestId == null || requestId.isBlank()) {
      throw new IllegalArgumentException("requestId is required");
    }
    String cleaned = NOT_READABLE.matcher(symbol.toUpperCase()).replaceAll("");
    String raw = userId + "|" + tradingDay + "|trader_exit|" + symbol + "|" + requestId;
    return new ClientOrderId("u" + userId + "-" + tradingDay.format(DAY) + "-tx-S-"
        + cleaned.substring(0, Math.min(SYMBOL_CHARS, cleaned.length())) + "-" + hash8(raw));
  }

  private static String taskCode(TradingTask task) {
    return switch (task) {
      case READINESS_CHECK -> "rc";
      case PREMARKET_RETRY -> "pr";
      case SELL_ORDERS -> "so";
      case SELL_MONITOR -> "sm";
      case POSITION_MONITOR -> "pm";
      case ANALYSIS -> "an";
      case BUY_ORDERS -> "bo";
      case EOD_CLEANUP -> "eo";
    };
  }

  private static String hash8(String raw) {
    byte[] digest = SHA_256.get().digest(raw.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 4);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
