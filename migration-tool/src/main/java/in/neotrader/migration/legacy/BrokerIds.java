package in.neotrader.migration.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The broker order id inside a raw Kotak Neo reply, wherever that API version put it. */
final class BrokerIds {
  private static final List<String> PATHS = List.of("/nOrdNo", "/data/nOrdNo", "/neoOrdNo", "/orderId", "/data/orderId");

  private BrokerIds() {
  }

  static String of(JsonNode reply) {
    if (reply == null || !reply.isObject()) {
      return null;
    }
    return PATHS.stream().map(reply::at).filter(n -> !n.isMissingNode() && !n.isNull() && !n.asText().isBlank())
        .map(JsonNode::asText).findFirst().orElse(null);
  }
}
