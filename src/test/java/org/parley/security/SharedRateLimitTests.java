package org.parley.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;
import org.parley.support.Api;
import org.parley.support.Reply;
import org.parley.support.TestApiKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Parley on one database enforce one limit: requests sent to either take
 * from the same bucket in PostgreSQL, so {@code RateLimit-Remaining} counts down across
 * both and a client is refused at the limit whichever instance its next request reaches.
 * Both instances run in this test, on random ports, with tiny limits (8 a minute per
 * address, 10 per key), against a database of the test's own.
 */
class SharedRateLimitTests {

	static EmbeddedPostgres postgres;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static Api one;

	static Api two;

	@BeforeAll
	static void twoInstancesOnOneDatabase() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		// one after the other: the first applies the migrations
		first = start();
		second = start();
		one = Api.at(baseUrl(first));
		two = Api.at(baseUrl(second));
	}

	@AfterAll
	static void stop() throws IOException {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void aKeysRequestsSplitAcrossTwoInstancesRunOutAtOneLimit() {
		String key = one.newKey("shared limits", "EDITOR");

		List<String> remaining = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Reply reply = instance(i).withKey(key).get("/api/v1/issues").assertStatus(200);
			assertThat(reply.header("RateLimit-Limit")).isEqualTo("10");
			remaining.add(reply.header("RateLimit-Remaining"));
		}
		System.out.println("Two instances, a key limited to 10 a minute, requests alternating: RateLimit-Remaining "
				+ String.join(", ", remaining));
		assertThat(remaining).containsExactly("9", "8", "7", "6", "5", "4", "3", "2", "1", "0");

		for (Api instance : List.of(one, two)) {
			Reply refused = instance.withKey(key).get("/api/v1/issues");
			refused.assertStatus(429);
			assertThat(refused.type()).isEqualTo("urn:parley:problem:rate-limited");
			assertThat(refused.detail()).contains("with this API key").contains("10 a minute");
		}
	}

	@Test
	void anAddressWithoutAKeyIsCountedOnceAcrossInstances() {
		// Counted from what the address has left: a key's first request on an instance
		// counts against its address too, and the other test may have run first.
		List<Integer> remaining = new ArrayList<>();
		for (int i = 0; remaining.isEmpty() || remaining.get(remaining.size() - 1) > 0; i++) {
			Reply reply = instance(i).get("/api/v1/issues").assertStatus(200);
			assertThat(reply.header("RateLimit-Limit")).isEqualTo("8");
			remaining.add(Integer.parseInt(reply.header("RateLimit-Remaining")));
		}
		System.out.println("Two instances, an address limited to 8 a minute, requests alternating: "
				+ "RateLimit-Remaining " + remaining);
		assertThat(remaining).hasSizeGreaterThanOrEqualTo(3);
		for (int i = 0; i < remaining.size(); i++) {
			assertThat(remaining.get(i)).as("remaining after request %d of %s", i, remaining)
				.isEqualTo(remaining.get(0) - i);
		}

		for (Api instance : List.of(one, two)) {
			Reply refused = instance.get("/api/v1/issues");
			refused.assertStatus(429);
			assertThat(refused.detail()).contains("from this address").contains("8 a minute");
			// an invented key counts against the address, which has nothing left on
			// either instance
			instance.withKey("pk_invented-on-" + instance.hashCode()).get("/api/v1/issues").assertStatus(429);
		}
	}

	private static Api instance(int request) {
		return (request % 2 == 0) ? one : two;
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ParleyApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--parley.security.admin-key=" + TestApiKeys.ADMIN_KEY, "--parley.rate-limit.anonymous-per-minute=8",
				"--parley.rate-limit.key-per-minute=10");
	}

	private static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
