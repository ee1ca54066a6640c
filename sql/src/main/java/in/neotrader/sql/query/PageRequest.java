package in.neotrader.sql.query;

/** Which slice of a newest-first list to read; the limit is capped so one request cannot read a whole history. */
public record PageRequest(int limit, int offset) {
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, 0);
  }
}
