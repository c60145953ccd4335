package org.parley.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auth matrix: every write endpoint the application maps (found from its request
 * mappings, so a new endpoint is covered without touching this test) against no key, a
 * revoked key, an editor key and an admin key. The requests name records that do not
 * exist or carry an empty body, so nothing is changed: past security they end in 400,
 * 404, 415 or 428, never in 401, 403 or a 5xx.
 */
@ApiTest
class AuthMatrixTests {

	private static final List<HttpMethod> WRITES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	@Autowired
	Api api;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String editorKey;

	private String revokedKey;

	@BeforeEach
	void keys() {
		this.editorKey = this.api.withoutRequestCheck().newKey("matrix editor", "EDITOR");
		Reply revoked = this.api.withoutRequestCheck().createKey("matrix revoked", "EDITOR");
		this.api.withoutRequestCheck()
			.asAdmin()
			.delete("/api/v1/admin/api-keys/" + revoked.longValue("id"))
			.assertStatus(204);
		this.revokedKey = revoked.string("key");
	}

	@Test
	void theMatrixCoversEveryWritableResource() {
		List<String> endpoints = writeEndpoints().stream().map(Endpoint::toString).toList();
		assertThat(endpoints).contains("POST /api/v1/articles", "PUT /api/v1/actors/{slug}",
				"PATCH /api/v1/summits/{slug}", "DELETE /api/v1/statements/{id}", "POST /api/v1/positions",
				"POST /api/v1/issues", "POST /api/v1/admin/api-keys", "DELETE /api/v1/admin/api-keys/{id}");
		assertThat(endpoints.stream().filter((e) -> e.endsWith("/restore"))).hasSizeGreaterThanOrEqualTo(6);
	}

	@TestFactory
	Stream<DynamicTest> anonymousWritesAre401Problems() {
		return writeEndpoints().stream()
			.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
					() -> assertRefused(send(endpoint, this.api), 401, "urn:parley:problem:unauthorized")));
	}

	@TestFactory
	Stream<DynamicTest> revokedKeyWritesAre401Problems() {
		return writeEndpoints().stream()
			.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
					() -> assertRefused(send(endpoint, this.api.withoutRequestCheck().withKey(this.revokedKey)), 401,
							"urn:parley:problem:unauthorized")));
	}

	@TestFactory
	Stream<DynamicTest> editorKeyWritesContentButNotKeys() {
		return writeEndpoints().stream().map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
			Reply result = send(endpoint, this.api.withoutRequestCheck().withKey(this.editorKey));
			if (endpoint.path().startsWith("/api/v1/admin/")) {
				assertRefused(result, 403, "urn:parley:problem:forbidden");
			}
			else {
				assertPassedSecurity(result);
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> adminKeyWritesEverything() {
		return writeEndpoints().stream()
			.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
					() -> assertPassedSecurity(send(endpoint, this.api.withoutRequestCheck().asAdmin()))));
	}

	private List<Endpoint> writeEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				HttpMethod httpMethod = method.asHttpMethod();
				if (WRITES.contains(httpMethod)) {
					info.getPatternValues()
						.stream()
						.filter((path) -> path.startsWith("/api/"))
						.forEach((path) -> endpoints.add(new Endpoint(httpMethod, path)));
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::toString));
		assertThat(endpoints).as("write endpoints found").hasSizeGreaterThan(20);
		return endpoints;
	}

	private static Reply send(Endpoint endpoint, Api api) {
		// A path variable becomes a number no record has: a valid id and a valid slug.
		String uri = endpoint.path().replaceAll("\\{[^}]+}", "987654321");
		MediaType type = (endpoint.method() == HttpMethod.PATCH) ? Api.MERGE_PATCH : MediaType.APPLICATION_JSON;
		// "{}" is not a valid body of most writes: only security is tested here
		return api.withoutRequestCheck().send(endpoint.method(), uri, type, "{}");
	}

	private static void assertRefused(Reply result, int status, String type) {
		result.assertStatus(status);
		assertThat(result.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.text()).contains("\"type\":\"" + type + "\"");
	}

	private static void assertPassedSecurity(Reply result) {
		int status = result.status();
		assertThat(status).as(result.text()).isNotIn(401, 403).isLessThan(500);
		if (status >= 400) {
			assertThat(result.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	record Endpoint(HttpMethod method, String path) {

		@Override
		public String toString() {
			return this.method.name() + " " + this.path;
		}

	}

}
