package in.neotrader.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import in.neotrader.core.config.TradingConfig;
import in.neotrader.core.orders.OrderState;
import in.neotrader.core.tasks.TradingTask;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The browser's vocabularies (client/trading-terms.js, shipped in the jar) are core's: the orders filter offered
 * a PENDING_SUBMIT state that does not exist and missed NEW.
 */
class TradingTermsTest {

  @Test
  void theUisOrderStatesAndTasksAreCores() throws Exception {
    String terms;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("webroot/client/trading-terms.js")) {
      assertThat(in).as("trading-terms.js on the classpath").isNotNull();
      terms = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(array(terms, "ORDER_STATUSES")).isEqualTo(OrderState.names());
    assertThat(array(terms, "TASKS")).containsExactlyElementsOf(
        Arrays.stream(TradingTask.values()).map(TradingTask::stableName).toList());
    // The form showed 0.1 as "Default target %": these are fractions it must show times 100.
    assertThat(array(terms, "FRACTION_FIELDS")).containsExactlyElementsOf(TradingConfig.fractionFields());
  }

  private static List<String> array(String js, String name) {
    Matcher m = Pattern.compile("export const " + name + " = \\[([^\\]]*)\\]", Pattern.DOTALL).matcher(js);
    assertThat(m.find()).as(name + " in trading-terms.js").isTrue();
    return Arrays.stream(m.group(1).split(",")).map(s -> s.trim().replaceAll("^'|'$", "")).filter(s -> !s.isEmpty())
        .toList();
  }
}
