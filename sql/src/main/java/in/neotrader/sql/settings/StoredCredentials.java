package in.neotrader.sql.settings;

import in.neotrader.sql.secrets.EncryptedSecret;

/** A user's encrypted broker credentials, as listed for re-encryption under a new key. */
public record StoredCredentials(long userId, EncryptedSecret secret) {
}
