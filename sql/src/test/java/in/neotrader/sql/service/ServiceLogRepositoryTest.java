package in.neotrader.sql.service;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceLogRepositoryTest extends DatabaseTest {
  private static final Instant OPEN = Instant.parse("2025-01-06T03:45:00Z");

  private ServiceLogRepository logs() {
    return new ServiceLogRepository(pool);
  }

  @Test
  void linesAreReadNewestFirstFilteredAndOnlyByTheirOwner() {
    long user = newUser();
    long other = newUser();
    await(logs().insert(user, OPEN, LogLevel.INFO, "buy_orders", "placed 2 AMO buys", new JsonObject().put("n", 2)));
    await(logs().insert(user, OPEN.plusSeconds(60), LogLevel.ERROR, "buy_orders", "broker timeout", null));
    await(logs().insert(user, OPEN.plusSeconds(120), LogLevel.INFO, null, "service started", null));
    await(logs().insert(other, OPEN, LogLevel.ERROR, null, "someone else's", null));

    var all = await(logs().page(user, ServiceLogFilter.ALL, PageRequest.first(10)));
    assertThat(all.items()).extracting(ServiceLogEntry::message)
        .containsExactly("service started", "broker timeout", "placed 2 AMO buys");
    assertThat(all.items().get(2).context().getInteger("n")).isEqualTo(2);

    var errors = await(logs().page(user, new ServiceLogFilter(LogLevel.ERROR, null, null, null), PageRequest.first(10)));
    assertThat(errors.items()).extracting(ServiceLogEntry::message).containsExactly("broker timeout");

    var firstMinute = await(logs().page(user, new ServiceLogFilter(null, "buy_orders", OPEN, OPEN.plusSeconds(60)),
        PageRequest.first(10)));
    assertThat(firstMinute.items()).extracting(ServiceLogEntry::message).containsExactly("placed 2 AMO buys");
    assertThat(firstMinute.total()).isEqualTo(1);
  }
}
