package in.neotrader.verticles.accounts;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.core.broker.BrokerOrder;
import in.neotrader.core.broker.BrokerOrderAck;
import in.neotrader.core.orders.OrderRequest;
import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import in.neotrader.verticles.broker.kotak.KotakSettings;
import in.neotrader.verticles.broker.kotak.PlacementQuery;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for a placement whose answer was lost in Kotak's order book, again and again for the lost-answer window
 * (TRADING_RULES §5: the legacy waited 60 s; Kotak can show an order late). Exactly one candidate is our order and
 * is adopted whenever it shows; several need a person to look; none for the whole window means it never got there.
 * The pauses are Vert.x timers: nothing blocks the event loop.
 */
final class LostPlacementSearch {

  private static final Logger LOG = LoggerFactory.getLogger(LostPlacementSearch.class);

  private final Vertx vertx;
  private final KotakSettings settings;

  LostPlacementSearch(Vertx vertx, KotakSettings settings) {
    this.vertx = vertx;
    this.settings = settings;
  }

  Future<BrokerOrderAck> resolve(KotakNeoBroker k, OrderRequest request, Instant sentAt, Throwable uncertain) {
    Promise<BrokerOrderAck> outcome = Promise.promise();
    look(k, request, PlacementQuery.of(request, sentAt), uncertain, 1, outcome);
    return outcome.future();
  }

  private void look(KotakNeoBroker k, OrderRequest request, PlacementQuery query, Throwable uncertain, int look,
      Promise<BrokerOrderAck> outcome) {
    k.findOrder(query).onComplete(found -> {
      if (found.succeeded() && found.result().size() == 1) {
        BrokerOrder order = found.result().get(0);
        LOG.info("Placement of {} was accepted as Kotak order {} although its answer was lost (look {})",
            request.clientOrderId(), order.brokerOrderId(), look);
        outcome.complete(new BrokerOrderAck(order.brokerOrderId()));
      } else if (found.succeeded() && found.result().size() > 1) {
        LOG.warn("Placement of {} stays uncertain: {} candidate orders", request.clientOrderId(), found.result().size());
        outcome.fail(uncertain);
      } else if (look < settings.lostAnswerLooks()) {
        vertx.setTimer(settings.lostAnswerInterval().toMillis(),
            id -> look(k, request, query, uncertain, look + 1, outcome));
      } else {
        outcome.fail(giveUp(request, found.failed() ? found.cause() : null, uncertain));
      }
    });
  }

  /** A book that never answered leaves the placement uncertain; a book without it for the whole window does not. */
  private Throwable giveUp(OrderRequest request, Throwable unreadable, Throwable uncertain) {
    if (unreadable != null) {
      LOG.warn("Placement of {} stays uncertain: {}", request.clientOrderId(), unreadable.getMessage());
      return uncertain;
    }
    return new BrokerException(Code.UNAVAILABLE, "placement of " + request.clientOrderId() + " did not reach Kotak: "
        + "its order book did not show it in " + settings.lostAnswerLooks() + " looks over "
        + settings.lostAnswerWindow().toSeconds() + " s");
  }

  static boolean isUncertain(Throwable failure) {
    return failure instanceof BrokerException b && b.code() == Code.TIMEOUT
        && String.valueOf(b.getMessage()).contains("UNCERTAIN");
  }
}
