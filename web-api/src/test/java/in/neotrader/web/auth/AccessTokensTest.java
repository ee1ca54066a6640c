package in.neotrader.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.Await;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
  @Test
  void anIssuedTokenVerifiesToItsUserAndRole() {
    Vertx vertx = Vertx.vertx();
    try {
      AccessTokens tokens = new AccessTokens(vertx, "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
      Caller caller = Await.result(tokens.verify(tokens.issue(42, "trader")));
      assertThat(caller.userId()).isEqualTo(42);
      assertThat(caller.role()).isEqualTo("trader");
      assertThat(caller.admin()).isFalse();
    } finally {
      Await.result(vertx.close());
    }
  }
}
