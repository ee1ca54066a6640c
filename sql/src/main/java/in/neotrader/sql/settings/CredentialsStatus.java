package in.neotrader.sql.settings;

import java.time.Instant;

/** What the UI may know about the broker credentials: whether they are saved and since when. */
public record CredentialsStatus(boolean saved, Instant updatedAt) {
}
