package in.neotrader.sql.settings;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a user's Kotak calls come from (KOTAK_NEO §10): the address Kotak reported on the last login and the
 * static IP the user registered. Orders from any other address than the registered one are refused.
 *
 * @param seenAt when Kotak reported {@code seen}; null when it never did
 */
public record BrokerAddresses(Optional<String> seen, Instant seenAt, Optional<String> registered) {

  public static final BrokerAddresses NONE = new BrokerAddresses(Optional.empty(), null, Optional.empty());

  /** Both known and different: Kotak will refuse this user's orders. */
  public boolean mismatch() {
    return seen.isPresent() && registered.isPresent() && !seen.get().equals(registered.get());
  }
}
