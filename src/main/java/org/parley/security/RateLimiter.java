package org.parley.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Token buckets, one per API key and one per client address, each refilled continuously
 * up to its per-minute limit.
 *
 * <p>
 * With the PostgreSQL store (the default) the bucket that decides is shared by every
 * instance on the database ({@link SharedBuckets}); each instance keeps a copy of it in
 * memory as well, set to what the shared bucket held when last asked and refilled at the
 * same rate since. Other instances only ever take from the shared bucket, so the copy
 * holds at least as much: when the copy is empty, so is the shared bucket, and the
 * request is refused without asking the database. A client over its limit thus costs the
 * database a round trip only as often as its bucket refills, however fast it sends. While
 * the store does not answer, the copies count on their own: the limits then hold per
 * instance.
 *
 * <p>
 * With the memory store the copies are all there is and each instance counts its own
 * requests. The copies live in a cache bounded in size; a bucket unused for a minute is
 * full again, so dropping it then loses nothing.
 */
@Component
class RateLimiter {

	private static final Duration PERIOD = Duration.ofMinutes(1);

	private final RateLimitProperties properties;

	private final ProblemResponses problems;

	private final Cache<String, Bucket> buckets;

	private final SharedBuckets shared;

	RateLimiter(RateLimitProperties properties, ProblemResponses problems, ObjectProvider<SharedBuckets> shared) {
		this.properties = properties;
		this.problems = problems;
		// Decided here as well as by the bean's conditions: in the ahead-of-time
		// processed start
		// the conditions were settled when the jar was built.
		boolean sharedStore = properties.enabled() && properties.store() == RateLimitProperties.Store.POSTGRESQL;
		this.shared = sharedStore ? shared.getIfAvailable() : null;
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
		ConsumptionProbe probe = take(id, limit);
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
	 * One token from the bucket {@code id}: first from the copy in memory, which refuses
	 * without asking the store when it is empty, then from the shared bucket where there
	 * is one, which decides.
	 */
	private ConsumptionProbe take(String id, long limit) {
		Bucket copy = this.buckets.get(id, (ignored) -> newBucket(limit));
		ConsumptionProbe local = copy.tryConsumeAndReturnRemaining(1);
		if (this.shared == null || !local.isConsumed()) {
			return local;
		}
		Optional<ConsumptionProbe> probe = this.shared.tryConsume(id, limit);
		if (probe.isEmpty()) {
			// the store did not answer: this instance's count stands alone
			return local;
		}
		long behind = probe.get().getRemainingTokens() - copy.getAvailableTokens();
		if (behind > 0) {
			copy.addTokens(behind);
		}
		else if (behind < 0) {
			copy.tryConsumeAsMuchAsPossible(-behind);
		}
		return probe.get();
	}

	private static Bucket newBucket(long perMinute) {
		return Bucket.builder().addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD)).build();
	}

	private static long seconds(long nanos) {
		// Rounded up: retrying after the advertised time must succeed.
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

}
