package in.neotrader.verticles.broker.kotak;

import in.neotrader.core.broker.BrokerException;
import in.neotrader.core.broker.BrokerException.Code;
import in.neotrader.verticles.broker.kotak.KotakErrors.SessionInvalid;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.function.Supplier;

/**
 * Post-login HTTP calls on the account's baseUrl: session headers, jData form bodies, one timeout
 * per call, answers checked by {@link KotakErrors}. Reads are retried; writes are sent once per
 * session, because a lost answer may hide an order the broker did accept. Every request goes through the user's
 * {@link KotakRateGovernor}, after the login it may need (a login inside a held slot could wait for itself).
 */
final class KotakApi {

  /** One call: {@code jData} is null for plain GETs; {@code changesOrders} marks place, modify and cancel. */
  record Call(HttpMethod method, String path, JsonObject jData, String action, boolean changesOrders) {

    static Call get(String path, String action) {
      return new Call(HttpMethod.GET, path, null, action, false);
    }

    /** A POST that only reads (limits). */
    static Call post(String path, JsonObject jData, String action) {
      return new Call(HttpMethod.POST, path, jData, action, false);
    }

    static Call orderChange(String path, JsonObject jData, String action) {
      return new Call(HttpMethod.POST, path, jData, action, true);
    }
  }

  private final Vertx vertx;
  private final WebClient client;
  private final KotakSession session;
  private final KotakSettings settings;
  private final KotakRateGovernor governor;

  KotakApi(Vertx vertx, WebClient client, KotakSession session, KotakSettings settings, KotakRateGovernor governor) {
    this.vertx = vertx;
    this.client = client;
    this.session = session;
    this.settings = settings;
    this.governor = governor;
  }

  /** An idempotent read: a fresh login once if the session ended, then up to {@code readAttempts} tries. */
  Future<JsonObject> read(Call call) {
    return retried(() -> withSessionRenewal(() -> send(call), () -> send(call)), 1);
  }

  /**
   * A write the broker may safely receive again after refusing it for an ended session (modify,
   * cancel): a refused request changed nothing. A timeout is never resent.
   */
  Future<JsonObject> write(Call call) {
    return withSessionRenewal(() -> send(call), () -> send(call));
  }

  /**
   * Runs {@code attempt}; when the broker says the session ended, logs in again and runs
   * {@code afterLogin} once. A second refusal ends in SESSION_EXPIRED.
   */
  <T> Future<T> withSessionRenewal(Supplier<Future<T>> attempt, Supplier<Future<T>> afterLogin) {
    return attempt.get().recover(first -> {
      if (!(first instanceof SessionInvalid refused)) {
        return Future.failedFuture(first);
      }
      return session.renew(refused.stale()).compose(fresh -> afterLogin.get()).recover(second -> {
        if (second instanceof SessionInvalid again) {
          session.markExpired();
          return Future.failedFuture(new BrokerException(Code.SESSION_EXPIRED,
              again.getMessage() + "; still refused after a fresh login"));
        }
        return Future.failedFuture(second);
      });
    });
  }

  /** Exactly one HTTP request (after a login when needed). */
  Future<JsonObject> send(Call call) {
    // Checked inside the governor: a call it drops (the account closed) was never sent, so it is no lost answer.
    if (call.changesOrders() && session.state() == SessionState.IP_NOT_REGISTERED) {
      // Every order would be refused alike: none is sent until a fresh login from a (new) registered address.
      return Future.failedFuture(new BrokerException(Code.REJECTED, call.action() + ": not sent: "
          + KotakErrors.IP_ADVICE));
    }
    return session.current().compose(tokens -> governor.submit(call.changesOrders(),
        () -> request(call, tokens).transform(answer -> checked(call, tokens, answer))))
        .recover(failure -> {
          if (failure instanceof KotakErrors.IpNotRegistered refused) {
            session.markIpNotRegistered(refused.getMessage());
            return Future.failedFuture(refused.asRejection());
          }
          return Future.failedFuture(failure);
        });
  }

  private static Future<JsonObject> checked(Call call, KotakSession.Tokens tokens,
      AsyncResult<HttpResponse<Buffer>> answer) {
    if (answer.failed()) {
      return Future.failedFuture(KotakErrors.transport(answer.cause(), call.action()));
    }
    try {
      return Future.succeededFuture(KotakErrors.check(answer.result(), call.action(), call.changesOrders()));
    } catch (SessionInvalid refused) {
      return Future.failedFuture(refused.refusing(tokens));
    } catch (RuntimeException failure) {
      return Future.failedFuture(failure);
    }
  }

  private Future<HttpResponse<Buffer>> request(Call call, KotakSession.Tokens tokens) {
    // The SDK sends Authorization only on writes; sending it everywhere is harmless (KOTAK_NEO §1.3).
    HttpRequest<Buffer> request = client.requestAbs(call.method(), tokens.baseUrl() + call.path())
        .putHeader("Authorization", session.accessToken())
        .putHeader("Auth", tokens.tradeToken())
        .putHeader("Sid", tokens.sid())
        .putHeader(KotakSession.FIN_KEY_HEADER, KotakSession.FIN_KEY)
        .putHeader("accept", "application/json")
        .timeout(settings.callTimeout().toMillis());
    if (call.jData() == null) {
      return request.send();
    }
    return request.sendForm(MultiMap.caseInsensitiveMultiMap().add("jData", call.jData().encode()));
  }

  private <T> Future<T> retried(Supplier<Future<T>> attempt, int attemptNumber) {
    return attempt.get().recover(failure -> {
      if (attemptNumber >= settings.readAttempts() || !KotakErrors.isWorthRetryingRead(failure)) {
        return Future.failedFuture(failure);
      }
      long pause = settings.readBackoff().toMillis() << (attemptNumber - 1);
      Promise<Void> waited = Promise.promise();
      vertx.setTimer(Math.max(1, pause), id -> waited.complete());
      return waited.future().compose(v -> retried(attempt, attemptNumber + 1));
    });
  }
}
