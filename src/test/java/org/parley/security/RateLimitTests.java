package org.parley.security;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.Reply;
import org.parley.support.TestApiKeys;
import org.parley.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits, in a context of their own with tiny limits (5 a minute per address, 8 per
 * key), so the other API tests never meet them. One test, so the order of its steps is
 * fixed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.embedded-postgres.data-directory=", "parley.security.admin-key=" + TestApiKeys.ADMIN_KEY,
				"parley.rate-limit.anonymous-per-minute=5", "parley.rate-limit.key-per-minute=8",
				"parley.security.key-cache=1s",
				// the description Api's contract check reads once is not one of the
				// counted requests
				"parley.rate-limit.excluded-paths=/actuator/health,/actuator/health/**,/v3/api-docs" })
@AutoConfigureRestTestClient
@Import({ TestDatabase.class, Api.class })
class RateLimitTests {

	/** More than any limit here, even if a slow machine lets a token refill meanwhile. */
	private static final int ATTEMPTS = 30;

	@Autowired
	Api api;

	@Test
	void clientsOverTheirLimitGetA429ProblemWithRetryAfter() throws Exception {
		// An honest client's key, found valid before anyone floods its address. (Its
		// first
		// request counts against the address too: 1 of the address's 5.)
		this.api.asAdmin().get("/api/v1/issues").assertStatus(200);
		Reply first = this.api.get("/api/v1/issues").assertStatus(200);
		assertThat(first.headers().get("RateLimit-Limit")).containsExactly("5");
		assertThat(first.headers().containsHeader("RateLimit-Remaining")).isTrue();

		Limited anonymous = untilLimited(null, 200);
		assertThat(anonymous.admitted()).isBetween(3, ATTEMPTS);
		HttpHeaders headers = anonymous.response().headers();
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(headers.getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		assertThat(headers.getFirst("RateLimit-Remaining")).isEqualTo("0");
		Reply problem = anonymous.response();
		assertThat(problem.type()).isEqualTo("urn:parley:problem:rate-limited");
		assertThat(problem.intValue("status")).isEqualTo(429);
		assertThat(problem.detail()).contains("from this address").contains("5 a minute");

		// Health checks are never limited.
		for (int i = 0; i < ATTEMPTS; i++) {
			this.api.get("/actuator/health").assertStatus(200);
		}
		// Wrong keys count against the address: inventing keys is no way round the limit,
		// and once the address is over it they are refused before any lookup.
		assertThat(untilLimited("pk_invented", 401).admitted()).isLessThan(ATTEMPTS);
		Reply invented = this.api.withKey("pk_another-invented-key").get("/api/v1/issues");
		invented.assertStatus(429);
		assertThat(invented.type()).isEqualTo("urn:parley:problem:rate-limited");

		// A valid key has a bucket of its own. Found valid lately, it is looked up again
		// once its cache entry has expired, though its address is over its limit: a flood
		// of invented keys does not lock out an honest client sharing its address.
		Thread.sleep(1100);
		Reply admin = this.api.asAdmin().get("/api/v1/issues").assertStatus(200);
		assertThat(admin.headers().get("RateLimit-Limit")).containsExactly("8");
		Limited withKey = untilLimited(TestApiKeys.ADMIN_KEY, 200);
		assertThat(withKey.admitted()).isBetween(6, ATTEMPTS);
		assertThat(withKey.response().detail()).contains("with this API key");
	}

	/** The first 429, after how many requests answered {@code expected}. */
	record Limited(int admitted, Reply response) {
	}

	/** Sends GETs until one is answered 429. */
	private Limited untilLimited(String key, int expected) {
		for (int admitted = 0; admitted < ATTEMPTS; admitted++) {
			Reply result = ((key != null) ? this.api.withKey(key) : this.api).get("/api/v1/issues");
			if (result.status() == 429) {
				return new Limited(admitted, result);
			}
			assertThat(result.status()).isEqualTo(expected);
		}
		throw new AssertionError("No request was limited in " + ATTEMPTS);
	}

}
