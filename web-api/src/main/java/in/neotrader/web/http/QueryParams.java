package in.neotrader.web.http;

import in.neotrader.sql.query.PageRequest;
import in.neotrader.web.errors.ApiError;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Path and query parameters, checked: a bad value is a 400 naming the parameter, never a 500. */
public final class QueryParams {
  public static final int MAX_LIMIT = 200;
  private static final int DEFAULT_LIMIT = 50;

  private QueryParams() {
  }

  public static PageRequest page(RoutingContext ctx) {
    int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    return new PageRequest(limit, offset);
  }

  /** A positive numeric id from the path. */
  public static long id(RoutingContext ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw invalid(name, "must be a positive whole number");
  }

  public static Optional<LocalDate> day(RoutingContext ctx, String name) {
    return text(ctx, name, 10).map(raw -> {
      try {
        return LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        throw invalid(name, "must be a day as YYYY-MM-DD");
      }
    });
  }

  public static Optional<Instant> instant(RoutingContext ctx, String name) {
    return text(ctx, name, 40).map(raw -> {
      try {
        return Instant.parse(raw);
      } catch (DateTimeParseException e) {
        throw invalid(name, "must be an ISO-8601 instant such as 2025-11-13T10:35:19Z");
      }
    });
  }

  /** One of {@code allowed} (compared as given), or empty when the parameter is absent. */
  public static Optional<String> choice(RoutingContext ctx, String name, Collection<String> allowed) {
    return text(ctx, name, 64).map(raw -> {
      if (!allowed.contains(raw)) {
        throw invalid(name, "must be one of " + String.join(", ", allowed));
      }
      return raw;
    });
  }

  public static Optional<String> text(RoutingContext ctx, String name, int maxLength) {
    String raw = ctx.queryParams().get(name);
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    if (raw.length() > maxLength) {
      throw invalid(name, "must be at most " + maxLength + " characters");
    }
    return Optional.of(raw);
  }

  /** A whole number in [min, max], {@code dflt} when absent; a 400 naming the parameter otherwise. */
  public static int integer(RoutingContext ctx, String name, int dflt, int min, int max) {
    Optional<String> raw = text(ctx, name, 11);
    if (raw.isEmpty()) {
      return dflt;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw invalid(name, "must be a whole number between " + min + " and " + max);
  }

  private static ApiError invalid(String name, String message) {
    return ApiError.validation(Map.of(name, message));
  }
}
