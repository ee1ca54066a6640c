package in.neotrader.verticles.accounts;

import in.neotrader.verticles.broker.kotak.KotakNeoBroker;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings page's "test connection": a login of its own with the saved credentials and route (Kotak allows
 * several sessions per account, KOTAK_NEO §1), one funds read and the address Kotak sees, then the session is
 * dropped. A running service's session is not touched. The answer says what worked, or what Kotak refused.
 */
final class KotakConnectionCheck {

  private final Vertx vertx;
  private final Duration addressWait;
  private final Clock wallTime;

  /** @param addressWait how long after the funds read to wait for Kotak's get-client-ip answer */
  KotakConnectionCheck(Vertx vertx, Duration addressWait, Clock wallTime) {
    this.vertx = vertx;
    this.addressWait = addressWait;
    this.wallTime = wallTime;
  }

  /** {@code ok} with funds and addresses, or {@code ok: false} with Kotak's reason; never a failed future. */
  Future<JsonObject> run(KotakNeoBroker kotak, BrokerSessionReport report) {
    Optional<String> registeredIp = kotak.registeredAddress();
    Promise<String> seen = Promise.promise();
    kotak.onAddressSeen((address, registered) -> {
      report.addresses(address, registered);
      seen.tryComplete(address);
    });
    JsonObject answer = new JsonObject().put("checkedAt", wallTime.instant().toString())
        .put("registeredIp", registeredIp.orElse(null));
    return kotak.funds()
        .compose(funds -> within(seen.future()).map(address -> answer.put("ok", true)
            .put("availableFunds", funds.toPlainString()).put("seenIp", address.orElse(null))
            .put("message", message(address, registeredIp))))
        .recover(refused -> Future.succeededFuture(answer.put("ok", false).put("message", refused.getMessage())));
  }

  private Future<Optional<String>> within(Future<String> address) {
    Promise<Optional<String>> waited = Promise.promise();
    long timer = vertx.setTimer(addressWait.toMillis(), id -> waited.tryComplete(Optional.empty()));
    address.onSuccess(a -> {
      vertx.cancelTimer(timer);
      waited.tryComplete(Optional.of(a));
    });
    return waited.future();
  }

  private static String message(Optional<String> seen, Optional<String> registered) {
    if (seen.isEmpty()) {
      return "Logged in and read the funds; Kotak did not say which address it sees";
    }
    if (registered.isPresent() && !registered.get().equals(seen.get())) {
      return "Logged in, but Kotak sees " + seen.get() + " while the registered address is " + registered.get()
          + ": orders will be refused. Register this address with Kotak or set the route to the registered one";
    }
    return "Logged in and read the funds; Kotak sees " + seen.get();
  }
}
