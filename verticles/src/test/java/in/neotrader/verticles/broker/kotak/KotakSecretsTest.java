package in.neotrader.verticles.broker.kotak;

import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.CREDENTIALS;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.amoBuy;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.await;
import static in.neotrader.verticles.broker.kotak.KotakFakeAccount.failure;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import in.neotrader.verticles.broker.kotak.fake.FakeEndpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No log line and no exception message may carry a credential or a session token. */
class KotakSecretsTest {

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<String> texts = new ArrayList<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logs);
  }

  @Test
  void credentialsPrintWithoutSecrets() {
    assertThat(CREDENTIALS.toString()).isEqualTo("KotakCredentials[ucc=XY***, secrets hidden]");
  }

  @Test
  void noSecretInLogsOrErrorsAcrossLoginExpiryLostAnswersAndRefusals() {
    List<String> secrets = new ArrayList<>(List.of(CREDENTIALS.accessToken(), CREDENTIALS.mpin(),
        CREDENTIALS.totpSecret(), CREDENTIALS.mobileNumber(), CREDENTIALS.ucc()));
    try (KotakFakeAccount account = KotakFakeAccount.start()) {
      await(account.broker.funds());
      secrets.add(account.fake.lastHeaders(FakeEndpoint.LIMITS).get("Auth"));
      secrets.add(account.fake.lastHeaders(FakeEndpoint.LIMITS).get("Sid"));
      account.fake.expireSessions();
      await(account.broker.placeOrder(amoBuy("RELIANCE-EQ", 10)));
      secrets.add(account.fake.lastHeaders(FakeEndpoint.PLACE).get("Auth"));
      account.fake.faults().dropResponses(FakeEndpoint.PLACE, 1);
      remember(failure(account.broker.placeOrder(amoBuy("TCS-EQ", 5))));
      account.fake.faults().refuseSession(FakeEndpoint.ORDER_BOOK, 2);
      remember(failure(account.broker.orderBook()));
      account.fake.faults().refuse(FakeEndpoint.PLACE, 1, 200, "1004", "Insufficient balance");
      remember(failure(account.broker.placeOrder(amoBuy("INFY-EQ", 5))));
    }
    KotakCredentials wrongMpin = new KotakCredentials(CREDENTIALS.accessToken(), CREDENTIALS.mobileNumber(),
        CREDENTIALS.ucc(), "000111", CREDENTIALS.totpSecret());
    secrets.add("000111");
    try (KotakFakeAccount account = KotakFakeAccount.start(wrongMpin)) {
      remember(failure(account.broker.funds()));
    }
    logs.list.forEach(event -> {
      texts.add(event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        texts.add(t.getMessage());
      }
    });

    assertThat(texts).isNotEmpty();
    for (String secret : secrets) {
      assertThat(texts).as("a secret leaked").noneMatch(text -> text != null && text.contains(secret));
    }
  }

  private void remember(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      texts.add(t.getMessage());
      texts.add(t.toString());
    }
  }
}
