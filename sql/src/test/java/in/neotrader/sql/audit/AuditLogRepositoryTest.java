package in.neotrader.sql.audit;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.sql.errors.UnknownUser;
import in.neotrader.sql.query.PageRequest;
import in.neotrader.sql.testing.DatabaseTest;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditLogRepositoryTest extends DatabaseTest {
  private static final Instant NOW = Instant.parse("2025-01-06T03:45:00Z");

  private AuditLogRepository audit() {
    return new AuditLogRepository(pool);
  }

  @Test
  void aUserSeesTheirOwnActionsAndThoseDoneToThemNewestFirst() {
    long trader = newUser();
    long admin = newUser();
    long bystander = newUser();
    await(audit().insert(trader, trader, "login", null, NOW, "10.0.0.1", "Firefox"));
    await(audit().insert(admin, trader, "user.disable", new JsonObject().put("why", "abuse"), NOW.plusSeconds(5),
        "10.0.0.2", "curl"));
    await(audit().insert(bystander, bystander, "login", null, NOW, null, null));

    var page = await(audit().pageForUser(trader, PageRequest.first(10)));
    assertThat(page.items()).extracting(AuditEntry::action).containsExactly("user.disable", "login");
    assertThat(page.items().get(0).actorUserId()).isEqualTo(admin);
    assertThat(page.items().get(0).details().getString("why")).isEqualTo("abuse");
    assertThat(page.total()).isEqualTo(2);
    assertThat(await(audit().pageForUser(admin, PageRequest.first(10))).total()).isEqualTo(1);
  }

  @Test
  void theSystemMayActWithoutAnActorButNotOnAnUnknownUser() {
    assertThat(await(audit().insert(null, null, "keys.rotated", null, NOW, null, null)).actorUserId()).isNull();
    assertThat(failure(audit().insert(null, 999_999L, "user.disable", null, NOW, null, null)))
        .isInstanceOf(UnknownUser.class);
  }
}
