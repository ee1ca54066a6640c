package in.neotrader.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import in.neotrader.web.errors.ApiError;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per key (an email, an address, a user): {@code attempts} per {@code period}, refilled
 * gradually. Buckets of idle keys are dropped after a while. Per node: a cluster of N nodes allows N times as
 * many, which still stops password guessing and button mashing.
 */
public final class Throttle {
  private final int attempts;
  private final Duration period;
  private final Cache<String, Bucket> buckets;

  public Throttle(int attempts, Duration period) {
    this.attempts = attempts;
    this.period = period;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(period.multipliedBy(2)).maximumSize(200_000).build();
  }

  /** Takes one attempt for {@code key}, or throws a 429 with the seconds until the next one is allowed. */
  public void take(String key) {
    Bucket bucket = buckets.get(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build()).build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      throw ApiError.tooManyRequests(TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }
  }
}
