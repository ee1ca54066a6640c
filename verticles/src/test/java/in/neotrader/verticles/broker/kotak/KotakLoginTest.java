package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.CREDENTIALS;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.failure;
import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import io.vertx.core.MultiMap;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KotakLoginTest {

  @Test
  void firstCallLogsInWithTotpAndMpinThenSendsSessionHeaders() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.NONE);

      assertThat(await(account.broker.funds())).isEqualByComparingTo("100000.00");

      assertThat(account.broker.sessionState()).isEqualTo(SessionState.VALID);
      assertThat(account.fake.sessionsOpened()).isEqualTo(1);
      MultiMap login = account.fake.lastHeaders(FakeEndpoint.LOGIN);
      assertThat(login.get("Authorization")).isEqualTo(CREDENTIALS.accessToken());
      assertThat(login.get("neo-fin-key")).isEqualTo("neotradeapi");
      MultiMap validate = account.fake.lastHeaders(FakeEndpoint.VALIDATE);
      assertThat(validate.get("Auth")).startsWith("view-");
      assertThat(validate.get("sid")).startsWith("view-sid-");
      MultiMap limits = account.fake.lastHeaders(FakeEndpoint.LIMITS);
      assertThat(limits.get("Auth")).startsWith("trade-");
      assertThat(limits.get("Sid")).startsWith("trade-sid-");
      assertThat(limits.get("neo-fin-key")).isEqualTo("neotradeapi");
      assertThat(limits.get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }
  }

  @Test
  void laterCallsReuseTheSession() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.funds());
      await(account.broker.positions());
      await(account.broker.holdings());

      assertThat(account.fake.calls(FakeEndpoint.LOGIN)).isEqualTo(1);
    }
  }

  @Test
  void concurrentFirstCallsShareOneLogin() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      var funds = account.broker.funds();
      var positions = account.broker.positions();
      await(funds);
      await(positions);

      assertThat(account.fake.calls(FakeEndpoint.LOGIN)).isEqualTo(1);
    }
  }

  @Test
  void wrongMpinNeedsTheUser() {
    KotakCredentials wrongMpin = new KotakCredentials(CREDENTIALS.accessToken(), CREDENTIALS.mobileNumber(),
        CREDENTIALS.ucc(), "000000", CREDENTIALS.totpSecret());
    try (KotakFakeAccount account = KotakFakeAccount.start(wrongMpin)) {
      BrokerException e = failure(account.broker.funds());

      assertThat(e.code()).isEqualTo(BrokerException.Code.SESSION_EXPIRED);
      assertThat(e.getMessage()).contains("Invalid MPIN.");
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.NEEDS_LOGIN);
      assertThat(account.fake.calls(FakeEndpoint.LIMITS)).isZero();
    }
  }

  @Test
  void wrongTotpSeedIsRefusedAtTheFirstStep() {
    KotakCredentials otherSeed = new KotakCredentials(CREDENTIALS.accessToken(), CREDENTIALS.mobileNumber(),
        CREDENTIALS.ucc(), CREDENTIALS.mpin(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    try (KotakFakeAccount account = KotakFakeAccount.start(otherSeed)) {
      BrokerException e = failure(account.broker.holdings());

      assertThat(e.code()).isEqualTo(BrokerException.Code.SESSION_EXPIRED);
      assertThat(e.getMessage()).contains("Invalid credentials or TOTP.");
      assertThat(account.fake.calls(FakeEndpoint.VALIDATE)).isZero();
    }
  }

  @Test
  void unusableTotpSeedNeedsTheUserAndIsTriedAgainNextCall() {
    KotakCredentials badSeed = new KotakCredentials(CREDENTIALS.accessToken(), CREDENTIALS.mobileNumber(),
        CREDENTIALS.ucc(), CREDENTIALS.mpin(), "not base32!");
    try (KotakFakeAccount account = KotakFakeAccount.start(badSeed)) {
      assertThat(failure(account.broker.funds()).code()).isEqualTo(BrokerException.Code.SESSION_EXPIRED);
      assertThat(failure(account.broker.funds()).getMessage()).contains("not base32").doesNotContain("not base32!");
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.NEEDS_LOGIN);
      assertThat(account.fake.calls(FakeEndpoint.LOGIN)).isZero();
    }
  }

  @Test
  void totpCodesMatchTheRfc6238Vector() {
    // RFC 6238 appendix B, SHA-1 seed "12345678901234567890" in base32, T = 59 s: 94287082 → last 6 digits.
    assertThat(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", java.time.Instant.ofEpochSecond(59))).isEqualTo("287082");
  }

  @Test
  void loginOutageIsUnavailableNotARefusalAndReadsTryThreeTimes() {
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      account.fake.faults().refuse(FakeEndpoint.LOGIN, 3, 503, "503", "service unavailable");

      BrokerException e = failure(account.broker.positions());

      assertThat(e.code()).isEqualTo(BrokerException.Code.UNAVAILABLE);
      assertThat(account.fake.calls(FakeEndpoint.LOGIN)).isEqualTo(3);
      assertThat(account.broker.sessionState()).isEqualTo(SessionState.NONE);
      assertThat(await(account.broker.funds())).isEqualByComparingTo(BigDecimal.valueOf(100000));
    }
  }
}
