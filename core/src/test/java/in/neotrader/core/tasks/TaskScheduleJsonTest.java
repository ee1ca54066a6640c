package in.neotrader.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.neotrader.core.calendar.NseCalendar;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskScheduleJsonTest {

  @Test
  void nullAndValidSchedulesHaveNoErrors() {
    assertThat(TaskScheduleJson.validate(null)).isEmpty();
    assertThat(TaskScheduleJson.validate(new JsonObject(
        "{\"buy_orders\":{\"at\":\"16:10\",\"graceMinutes\":10},"
            + "\"sell_orders\":{\"onceFrom\":\"09:20\",\"to\":\"15:00\"},"
            + "\"sell_monitor\":{\"everyMinutes\":5,\"from\":\"09:15\",\"to\":\"15:30\"}}"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "{\"buy_order\":{\"at\":\"16:10\"}}                                   | task_schedule.buy_order            | unknown task",
      "{\"buy_orders\":\"16:10\"}                                           | task_schedule.buy_orders           | must be an object",
      "{\"buy_orders\":{\"at\":\"25:00\"}}                                  | task_schedule.buy_orders.at        | not a time",
      "{\"buy_orders\":{\"at\":1610}}                                       | task_schedule.buy_orders.at        | HH:mm",
      "{\"buy_orders\":{\"at\":\"16:10\",\"graceMinutes\":0}}               | task_schedule.buy_orders           | graceMinutes must be 1..600",
      "{\"buy_orders\":{\"at\":\"16:10\",\"every\":5}}                      | task_schedule.buy_orders.every     | unknown key",
      "{\"sell_monitor\":{\"everyMinutes\":5,\"from\":\"09:15\"}}           | task_schedule.sell_monitor.to      | is required",
      "{\"sell_monitor\":{\"everyMinutes\":1.5,\"from\":\"09:15\",\"to\":\"15:30\"}} | task_schedule.sell_monitor.everyMinutes | whole number",
      "{\"sell_monitor\":{\"everyMinutes\":5,\"from\":\"15:30\",\"to\":\"09:15\"}}   | task_schedule.sell_monitor | from must be before to",
      "{\"analysis\":{}}                                                    | task_schedule.analysis             | needs",
  })
  void explainsEachInvalidFieldByPath(String json, String field, String message) {
    assertThat(TaskScheduleJson.validate(new JsonObject(json))).containsKey(field);
    assertThat(TaskScheduleJson.validate(new JsonObject(json)).get(field)).contains(message);
  }

  @Test
  void buildingAScheduleFromInvalidJsonThrowsWithAllErrors() {
    JsonObject bad = new JsonObject("{\"analysis\":{\"at\":\"x\"},\"nope\":{}}");
    assertThatThrownBy(() -> TaskSchedule.forUser(NseCalendar.weekendsOnly(), bad))
        .isInstanceOfSatisfying(TaskScheduleException.class, e -> assertThat(e.errors())
            .containsOnlyKeys("task_schedule.analysis.at", "task_schedule.nope"));
  }
}
