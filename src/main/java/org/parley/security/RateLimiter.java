package org.parley.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Token buckets, one per API key and one per client address, each refilled continuously
 * up to its per-minute limit. The buckets live in memory, in a cache bounded in size; a
 * bucket unused for a minute is full again, so dropping it then loses nothing. Limits are
 * per instance: behind a load balancer each instance counts its own requests.
 */
@Component
class RateLimiter {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private final RateLimitProperties properties;

	private final ProblemResponses problems;

	private final Cache<String, Bucket> buckets;

	RateLimiter(RateLimitProperties properties, ProblemResponses problems) {
		this.properties = properties;
		this.problems = problems;
		this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients()).expireAfterAccess(PERIOD).build();
	}

	boolean enabled() {
		return this.properties.enabled();
	}

	/**
	 * Takes one request from the caller's bucket: the key's if {@code key} is given, else
	 * the client address's. Sets the RateLimit headers; when the bucket is empty, answers
	 * 429 and returns {@code false}.
	 *
	 * <p>
	 * The client address is the servlet's {@code remoteAddr}: the peer of the connection.
	 * {@code X-Forwarded-For} counts only when Boot is told to trust it
	 * ({@code server.forward-headers-strategy}), since any client can send it.
	 */
	boolean admit(HttpServletRequest request, HttpServletResponse response, ApiKeyAuthentication key)
			throws IOException {
		if (!this.properties.enabled()) {
			return true;
		}
		long limit = (key != null) ? this.properties.keyPerMinute() : this.properties.anonymousPerMinute();
		String id = (key != null) ? "key:" + key.keyId() : "address:" + request.getRemoteAddr();
		Bucket bucket = this.buckets.get(id, (ignored) -> newBucket(limit));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader("RateLimit-Limit", Long.toString(limit));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
		if (probe.isConsumed()) {
			return true;
		}
		this.problems.rateLimited(request, response, Math.max(1, seconds(probe.getNanosToWaitForRefill())), limit,
				key != null);
		return false;
	}

	/**
	 * Whether the client address has a request left, without taking it: checked before a
	 * key is looked up in the database, so a flood of invented keys is refused before it
	 * costs any work.
	 */
	boolean addressHasRoom(HttpServletRequest request) {
		if (!this.properties.enabled()) {
			return true;
		}
		Bucket bucket = this.buckets.get("address:" + request.getRemoteAddr(),
				(ignored) -> newBucket(this.properties.anonymousPerMinute()));
		return bucket.getAvailableTokens() > 0;
	}

	private static Bucket newBucket(long perMinute) {
		return Bucket.builder().addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD)).build();
	}

	private static long seconds(long nanos) {
		// Rounded up: retrying after the advertised time must succeed.
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

}
