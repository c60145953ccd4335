package org.parley.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.TestApiKeys;
import org.parley.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits, in a context of their own with tiny limits (5 a minute per address, 8 per
 * key), so the other API tests never meet them. One test, so the order of its steps is
 * fixed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "parley.embedded-postgres.data-directory=", "parley.security.admin-key=" + TestApiKeys.ADMIN_KEY,
				"parley.rate-limit.anonymous-per-minute=5", "parley.rate-limit.key-per-minute=8" })
@AutoConfigureRestTestClient
@Import(TestDatabase.class)
class RateLimitTests {

	/** More than any limit here, even if a slow machine lets a token refill meanwhile. */
	private static final int ATTEMPTS = 30;

	@Autowired
	RestTestClient http;

	@Test
	void clientsOverTheirLimitGetA429ProblemWithRetryAfter() throws Exception {
		this.http.get()
			.uri("/api/v1/issues")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Limit", "5")
			.expectHeader()
			.exists("RateLimit-Remaining");

		Limited anonymous = untilLimited(null, 200);
		assertThat(anonymous.admitted()).isBetween(4, ATTEMPTS);
		HttpHeaders headers = anonymous.response().getResponseHeaders();
		assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(headers.getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		assertThat(headers.getFirst("RateLimit-Remaining")).isEqualTo("0");
		Map<String, Object> problem = parse(anonymous.response().getResponseBody());
		assertThat(problem).containsEntry("type", "urn:parley:problem:rate-limited").containsEntry("status", 429);
		assertThat((String) problem.get("detail")).contains("from this address").contains("5 a minute");

		// Health checks are never limited.
		for (int i = 0; i < ATTEMPTS; i++) {
			this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		}
		// Wrong keys count against the address: inventing keys is no way round the limit.
		assertThat(untilLimited("pk_invented", 401).admitted()).isLessThan(ATTEMPTS);

		// A valid key has a bucket of its own.
		this.http.get()
			.uri("/api/v1/issues")
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Limit", "8");
		Limited withKey = untilLimited(TestApiKeys.ADMIN_KEY, 200);
		assertThat(withKey.admitted()).isBetween(7, ATTEMPTS);
		assertThat((String) parse(withKey.response().getResponseBody()).get("detail")).contains("with this API key");
	}

	/** The first 429, after how many requests answered {@code expected}. */
	record Limited(int admitted, EntityExchangeResult<String> response) {
	}

	/** Sends GETs until one is answered 429. */
	private Limited untilLimited(String key, int expected) {
		for (int admitted = 0; admitted < ATTEMPTS; admitted++) {
			var request = this.http.get().uri("/api/v1/issues");
			if (key != null) {
				request = request.headers(TestApiKeys.bearer(key));
			}
			EntityExchangeResult<String> result = request.exchange().expectBody(String.class).returnResult();
			if (result.getStatus().value() == 429) {
				return new Limited(admitted, result);
			}
			assertThat(result.getStatus().value()).isEqualTo(expected);
		}
		throw new AssertionError("No request was limited in " + ATTEMPTS);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) {
		return tools.jackson.databind.json.JsonMapper.shared().readValue(json, Map.class);
	}

}
