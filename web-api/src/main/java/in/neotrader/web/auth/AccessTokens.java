package in.neotrader.web.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.time.Instant;

/** Short-lived HS256 access tokens: the subject is the user id, the role a claim. */
public final class AccessTokens {
  public static final int LIFETIME_SECONDS = 15 * 60;
  private static final String ISSUER = "neotrader";

  private final JWTAuth jwt;

  public AccessTokens(Vertx vertx, byte[] secret) {
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(Buffer.buffer(secret)))
        .setJWTOptions(new JWTOptions().setIssuer(ISSUER)));
  }

  public String issue(long userId, String role) {
    return jwt.generateToken(new JsonObject().put("role", role), new JWTOptions().setAlgorithm("HS256")
        .setSubject(Long.toString(userId)).setIssuer(ISSUER).setExpiresInSeconds(LIFETIME_SECONDS));
  }

  /** The signed-in trader, or a failure when the token is forged, expired or malformed. */
  public Future<Caller> verify(String token) {
    return jwt.authenticate(new TokenCredentials(token)).map(user -> {
      // The principal holds the token as sent; the verified standard claims are in the attributes.
      JsonObject claims = user.attributes().getJsonObject("accessToken", user.principal());
      return new Caller(Long.parseLong(claims.getString("sub")), claims.getString("role"),
          Instant.ofEpochSecond(claims.getLong("exp", user.attributes().getLong("exp"))));
    });
  }
}
