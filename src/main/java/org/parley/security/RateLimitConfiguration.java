package org.parley.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The shared store of the rate limits, unless requests are not limited or are counted in
 * memory ({@code parley.rate-limit.store=memory}). It reaches the application's database
 * on a pool of its own.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean(destroyMethod = "close")
	@Lazy // made only when the rate limiter asks for it (it checks the settings too)
	@ConditionalOnBooleanProperty(name = "parley.rate-limit.enabled", matchIfMissing = true)
	@ConditionalOnProperty(name = "parley.rate-limit.store", havingValue = "postgresql", matchIfMissing = true)
	SharedBuckets sharedRateLimitBuckets(JdbcConnectionDetails database, RateLimitProperties properties) {
		return new SharedBuckets(database, properties.maxClients());
	}

}
