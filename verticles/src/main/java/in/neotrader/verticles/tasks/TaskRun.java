package in.neotrader.verticles.tasks;

import in.neotrader.core.tasks.RunKey;
import in.neotrader.sql.service.LogLevel;
import in.neotrader.verticles.events.PendingEvents;
import in.neotrader.verticles.session.UserSession;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One run of one task for one user: what it saw, decided and did, written and announced when it ends. */
public final class TaskRun {

  /** A structured service_logs line. */
  public record LogLine(Instant at, LogLevel level, String message, JsonObject context) {}

  private final UserSession session;
  private final RunKey key;
  private final PendingEvents events = new PendingEvents();
  private final JsonObject details = new JsonObject();
  private final List<LogLine> logs = new ArrayList<>();

  public TaskRun(UserSession session, RunKey key) {
    this.session = session;
    this.key = key;
  }

  public UserSession session() {
    return session;
  }

  public RunKey key() {
    return key;
  }

  public LocalDate day() {
    return key.tradingDay();
  }

  public Instant now() {
    return session.clock().now();
  }

  public PendingEvents events() {
    return events;
  }

  /** The details JSON of the execution row. */
  public JsonObject details() {
    return details;
  }

  public void log(LogLevel level, String message, JsonObject context) {
    logs.add(new LogLine(now(), level, message, context == null ? new JsonObject() : context));
  }

  public List<LogLine> logs() {
    return logs;
  }
}
