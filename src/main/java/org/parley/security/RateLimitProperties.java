package org.parley.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits: per API key for requests that carry one, per client address (the
 * servlet's {@code remoteAddr}) for the others.
 *
 * @param enabled whether requests are limited at all
 * @param anonymousPerMinute requests a minute from one address without a key
 * @param keyPerMinute requests a minute with one key
 * @param maxClients how many clients' buckets are kept in memory at most (least recently
 * used go first)
 * @param store where the buckets that decide are kept: {@code postgresql} (the default)
 * shares them between every instance on the database, {@code memory} counts on each
 * instance alone
 * @param excludedPaths paths (patterns such as {@code /actuator/health/**}) never limited
 */
@ConfigurationProperties("parley.rate-limit")
record RateLimitProperties(Boolean enabled, Integer anonymousPerMinute, Integer keyPerMinute, Integer maxClients,
		Store store, List<String> excludedPaths) {

	RateLimitProperties {
		enabled = (enabled != null) ? enabled : true;
		anonymousPerMinute = (anonymousPerMinute != null) ? anonymousPerMinute : 300;
		keyPerMinute = (keyPerMinute != null) ? keyPerMinute : 1200;
		maxClients = (maxClients != null) ? maxClients : 100_000;
		store = (store != null) ? store : Store.POSTGRESQL;
		excludedPaths = (excludedPaths != null) ? List.copyOf(excludedPaths)
				: List.of("/actuator/health", "/actuator/health/**");
		if (anonymousPerMinute < 1 || keyPerMinute < 1 || maxClients < 1) {
			throw new IllegalArgumentException("parley.rate-limit limits must be 1 or more");
		}
	}

	/** Where the buckets that decide are kept. */
	enum Store {

		/** In this instance's memory: each instance counts its own requests. */
		MEMORY,

		/**
		 * In PostgreSQL ({@code rate_limit_bucket}): one count for all the instances on
		 * the database.
		 */
		POSTGRESQL

	}

}
