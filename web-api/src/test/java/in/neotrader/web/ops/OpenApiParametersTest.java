package in.neotrader.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiClient;
import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document declared no query parameter and no bound, so a schema-driven fuzzer never tried them. Now
 * each parameter the server reads is declared with its bounds, and the server agrees with every bound: a value
 * just outside is a 400 naming the parameter, the bound itself is accepted.
 */
class OpenApiParametersTest {
  private static final Map<String, List<String>> READ_BY_THE_SERVER = Map.of(
      "/api/v1/user/orders", List.of("status", "symbol", "side", "from", "to", "limit", "offset"),
      "/api/v1/user/service/tasks", List.of("task", "status", "from", "to", "limit", "offset"),
      "/api/v1/user/service/logs", List.of("level", "task", "from", "to", "limit", "offset"),
      "/api/v1/user/signals", List.of("day"),
      "/api/v1/user/pnl/daily", List.of("from", "to"),
      "/api/v1/user/audit", List.of("limit", "offset"),
      "/api/v1/admin/users", List.of("limit", "offset"));

  static ApiServer api;
  static JsonObject document;

  @BeforeAll
  static void start() throws Exception {
    api = ApiServer.start();
    try (InputStream in = OpenApiParametersTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
      document = new JsonObject(new Yaml().<Map<String, Object>>load(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void everyQueryParameterTheServerReadsIsDeclared() {
    READ_BY_THE_SERVER.forEach((path, names) -> assertThat(queryParameters(path)).as(path)
        .extracting(p -> p.getString("name")).containsExactlyInAnyOrderElementsOf(names));
  }

  @Test
  void theServerHoldsEveryDeclaredBound() {
    String admin = api.admin().accessToken();
    int checked = 0;
    for (String path : READ_BY_THE_SERVER.keySet()) {
      for (JsonObject parameter : queryParameters(path)) {
        String name = parameter.getString("name");
        JsonObject schema = parameter.getJsonObject("schema");
        for (String bad : outside(schema)) {
          ApiClient.Reply reply = api.get(path + "?" + name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), admin);
          assertThat(reply.status()).as(path + " " + name + "=" + bad + " " + reply.body()).isEqualTo(400);
          assertThat(reply.json().getJsonObject("fields").fieldNames()).as(path + " " + name).contains(name);
          checked++;
        }
        for (String good : inside(schema)) {
          ApiClient.Reply reply = api.get(path + "?" + name + "=" + URLEncoder.encode(good, StandardCharsets.UTF_8), admin);
          assertThat(reply.status()).as(path + " " + name + "=" + good + " " + reply.body()).isEqualTo(200);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(60);
  }

  private static List<String> outside(JsonObject schema) {
    List<String> bad = new ArrayList<>();
    if (schema.containsKey("enum")) {
      bad.add("NOT_ONE_OF_THEM");
    }
    if (schema.containsKey("minimum")) {
      bad.add(String.valueOf(schema.getLong("minimum") - 1));
    }
    if (schema.containsKey("maximum")) {
      bad.add(String.valueOf(schema.getLong("maximum") + 1));
    }
    if (schema.containsKey("maxLength")) {
      bad.add("X".repeat(schema.getInteger("maxLength") + 1));
    }
    if ("date".equals(schema.getString("format"))) {
      bad.add("2025-13-40");
    }
    if ("date-time".equals(schema.getString("format"))) {
      bad.add("yesterday");
    }
    return bad;
  }

  private static List<String> inside(JsonObject schema) {
    List<String> good = new ArrayList<>();
    if (schema.containsKey("enum")) {
      schema.getJsonArray("enum").forEach(v -> good.add(String.valueOf(v)));
    }
    if (schema.containsKey("minimum")) {
      good.add(String.valueOf(schema.getLong("minimum")));
    }
    if (schema.containsKey("maximum")) {
      good.add(String.valueOf(schema.getLong("maximum")));
    }
    if (schema.containsKey("maxLength")) {
      good.add("X".repeat(schema.getInteger("maxLength")));
    }
    if ("date".equals(schema.getString("format"))) {
      good.add("2025-12-22");
    }
    if ("date-time".equals(schema.getString("format"))) {
      good.add("2025-12-22T10:00:00Z");
    }
    return good;
  }

  /** The GET operation's query parameters, references resolved. */
  private static List<JsonObject> queryParameters(String path) {
    JsonArray parameters = document.getJsonObject("paths").getJsonObject(path).getJsonObject("get")
        .getJsonArray("parameters", new JsonArray());
    List<JsonObject> query = new ArrayList<>();
    for (Object p : parameters) {
      JsonObject parameter = (JsonObject) p;
      if (parameter.containsKey("$ref")) {
        String ref = parameter.getString("$ref").substring("#/components/parameters/".length());
        parameter = document.getJsonObject("components").getJsonObject("parameters").getJsonObject(ref);
      }
      if ("query".equals(parameter.getString("in"))) {
        query.add(parameter);
      }
    }
    return query;
  }
}
