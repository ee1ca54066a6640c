package in.neotrader.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.web.ApiServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus configuration and alert rules in docker/prometheus pass promtool (Debian's prometheus package,
 * installed by .ci/run): the rules check, their unit tests (each alert fires on its series and stays quiet on a
 * healthy node), the configuration check; and every trading metric a rule or the Grafana dashboard reads is one
 * the server exposes.
 */
class AlertRulesTest {
  private static final Path DIR = Path.of("..", "docker", "prometheus");
  private static final Path GRAFANA = Path.of("..", "docker", "grafana");

  @Test
  void promtoolAcceptsTheRulesTheirTestsAndTheConfiguration() throws Exception {
    assertThat(promtool("check", "rules", "alerts.yml")).contains("SUCCESS: 8 rules found");
    assertThat(promtool("test", "rules", "alerts.test.yml")).contains("SUCCESS");
    // The scrape token is a Docker secret at run time: point the check at a stand-in file.
    Path config = Files.createTempDirectory(Path.of("target"), "prometheus");
    Files.copy(DIR.resolve("alerts.yml"), config.resolve("alerts.yml"));
    Path token = Files.writeString(config.resolve("metrics_token"), "stand-in");
    Files.writeString(config.resolve("prometheus.yml"), Files.readString(DIR.resolve("prometheus.yml"))
        .replace("/run/secrets/metrics_token", token.toAbsolutePath().toString()));
    assertThat(run(config, "promtool", "check", "config", "prometheus.yml")).contains("SUCCESS");
  }

  @Test
  void everyTradingMetricARuleOrTheDashboardReadsIsOnTheServersScrape() throws IOException {
    Set<String> used = metrics(Files.readString(DIR.resolve("alerts.yml")));
    assertThat(used).hasSizeGreaterThanOrEqualTo(7);
    JsonObject dashboard = new JsonObject(Files.readString(GRAFANA.resolve("dashboards/trading.json")));
    String datasource = Files.readString(GRAFANA.resolve("provisioning/datasources/prometheus.yml"));
    for (Object p : dashboard.getJsonArray("panels")) {
      JsonObject panel = (JsonObject) p;
      assertThat(datasource).as("the panel's data source is provisioned")
          .contains("uid: " + panel.getJsonObject("datasource").getString("uid"));
      assertThat(panel.getJsonArray("targets")).as(panel.getString("title")).isNotEmpty();
      panel.getJsonArray("targets").forEach(t -> used.addAll(metrics(((JsonObject) t).getString("expr"))));
    }
    try (ApiServer api = ApiServer.start()) {
      String scrape = api.get("/metrics", null).body();
      for (String metric : used) {
        assertThat(scrape).as(metric).containsPattern("(?m)^" + metric + "[{ ]");
      }
    }
  }

  private static Set<String> metrics(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\b((?:trading|market_data)_[a-z_]+)").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String promtool(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "promtool";
    System.arraycopy(args, 0, command, 1, args.length);
    return run(DIR, command);
  }

  private static String run(Path dir, String... command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("promtool is needed: apt-get install prometheus (.ci/run installs it)", e);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join(" ", List.of(command)) + "\n" + out).isZero();
    return out;
  }
}
