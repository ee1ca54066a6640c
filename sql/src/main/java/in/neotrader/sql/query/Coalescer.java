package in.neotrader.sql.query;

import in.neotrader.sql.errors.DatabaseOutage;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Requests of many users for one kind of statement, sent together: while {@code maxInFlight} statements of the kind
 * run, new requests wait, and the next statement takes every request waiting (at most {@code maxRequests}). A quiet
 * moment sends each request at once, alone; a burst (the 16:05 buys, the 09:15 open) costs a statement per few
 * hundred users instead of one each. Each answer is delivered on its caller's context.
 *
 * @param <R> a request
 * @param <A> its answer
 */
public final class Coalescer<R, A> {

  /** Runs requests as one statement (or, where one of them is refused, as many): an answer per request, in order. */
  public interface Batch<R, A> {
    Future<List<Future<A>>> run(List<R> requests);
  }

  private record Waiting<R, A>(R request, Context context, Promise<A> answer) {}

  private final Batch<R, A> batch;
  private final int maxRequests;
  private final int maxInFlight;
  private final ArrayDeque<Waiting<R, A>> waiting = new ArrayDeque<>();
  private int inFlight;
  private long statements;

  public Coalescer(Batch<R, A> batch, int maxRequests, int maxInFlight) {
    this.batch = batch;
    this.maxRequests = maxRequests;
    this.maxInFlight = maxInFlight;
  }

  /**
   * The answers of requests sent together; where that statement failed for another reason than an outage (a
   * refused row), each request is sent {@code alone}, so that it fails by itself and the others are written.
   */
  public static <R, A> Future<List<Future<A>>> orEachAlone(Future<List<Future<A>>> together, List<R> requests,
      Function<R, Future<A>> alone) {
    return together.recover(err -> {
      if (DatabaseOutage.is(err)) {
        return Future.failedFuture(err);
      }
      List<Future<A>> each = requests.stream().map(alone).toList();
      return Future.join(each).transform(ended -> Future.succeededFuture(each));
    });
  }

  /**
   * Runs a batch as the fewest statements: a request joins the first statement {@code fits} lets it into (each user
   * once, an order once, a bound on rows), else a new one; the answers come back in the batch's order.
   */
  public static <R, A> Future<List<Future<A>>> inStatements(List<R> batch, BiPredicate<List<R>, R> fits,
      Function<List<R>, Future<List<Future<A>>>> statement) {
    List<List<R>> statements = new ArrayList<>();
    for (R request : batch) {
      List<R> into = statements.stream().filter(st -> fits.test(st, request)).findFirst().orElse(null);
      if (into == null) {
        into = new ArrayList<>();
        statements.add(into);
      }
      into.add(request);
    }
    List<Future<List<Future<A>>>> ran = statements.stream().map(statement).toList();
    return Future.all(ran).map(all -> {
      Map<R, Future<A>> byRequest = new IdentityHashMap<>();
      for (int k = 0; k < statements.size(); k++) {
        for (int i = 0; i < statements.get(k).size(); i++) {
          byRequest.put(statements.get(k).get(i), ran.get(k).result().get(i));
        }
      }
      return batch.stream().map(byRequest::get).toList();
    });
  }

  public Future<A> submit(R request) {
    Promise<A> answer = Promise.promise();
    synchronized (this) {
      waiting.add(new Waiting<>(request, Vertx.currentContext(), answer));
    }
    send();
    return answer.future();
  }

  /** Batches sent so far: fewer than the requests in a burst. */
  public synchronized long batchesSent() {
    return statements;
  }

  private void send() {
    List<Waiting<R, A>> sending = new ArrayList<>();
    synchronized (this) {
      if (inFlight >= maxInFlight) {
        return;
      }
      while (!waiting.isEmpty() && sending.size() < maxRequests) {
        sending.add(waiting.poll());
      }
      if (sending.isEmpty()) {
        return;
      }
      inFlight++;
      statements++;
    }
    Future<List<Future<A>>> ran;
    try {
      ran = batch.run(sending.stream().map(Waiting::request).toList());
    } catch (RuntimeException bug) {
      ran = Future.failedFuture(bug);
    }
    ran.onComplete(ar -> {
      synchronized (this) {
        inFlight--;
      }
      for (int i = 0; i < sending.size(); i++) {
        Waiting<R, A> w = sending.get(i);
        Future<A> answer = ar.succeeded() ? ar.result().get(i) : Future.failedFuture(ar.cause());
        if (w.context() == null) {
          answer.onComplete(w.answer());
        } else {
          w.context().runOnContext(v -> answer.onComplete(w.answer()));
        }
      }
      send();
    });
  }
}
