package org.parley.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
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
	RestTestClient http;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private String editorKey;

	private String revokedKey;

	@BeforeEach
	void keys() {
		this.editorKey = TestApiKeys.createKey(this.http, "matrix editor", "EDITOR");
		Map<String, Object> revoked = TestApiKeys.create(this.http, "matrix revoked", "EDITOR");
		this.http.delete()
			.uri("/api/v1/admin/api-keys/{id}", revoked.get("id"))
			.headers(TestApiKeys.admin())
			.exchange()
			.expectStatus()
			.isNoContent();
		this.revokedKey = (String) revoked.get("key");
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
					() -> assertRefused(send(endpoint, (headers) -> {
					}), 401, "urn:parley:problem:unauthorized")));
	}

	@TestFactory
	Stream<DynamicTest> revokedKeyWritesAre401Problems() {
		return writeEndpoints().stream()
			.map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(),
					() -> assertRefused(send(endpoint, TestApiKeys.bearer(this.revokedKey)), 401,
							"urn:parley:problem:unauthorized")));
	}

	@TestFactory
	Stream<DynamicTest> editorKeyWritesContentButNotKeys() {
		return writeEndpoints().stream().map((endpoint) -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
			EntityExchangeResult<String> result = send(endpoint, TestApiKeys.bearer(this.editorKey));
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
					() -> assertPassedSecurity(send(endpoint, TestApiKeys.admin()))));
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

	private EntityExchangeResult<String> send(Endpoint endpoint, Consumer<HttpHeaders> key) {
		// A path variable becomes a number no record has: a valid id and a valid slug.
		String uri = endpoint.path().replaceAll("\\{[^}]+}", "987654321");
		MediaType type = (endpoint.method() == HttpMethod.PATCH) ? MediaType.valueOf("application/merge-patch+json")
				: MediaType.APPLICATION_JSON;
		return this.http.method(endpoint.method())
			.uri(uri)
			.headers(key)
			.contentType(type)
			.body("{}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	private static void assertRefused(EntityExchangeResult<String> result, int status, String type) {
		assertThat(result.getStatus().value()).isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponseBody()).contains("\"type\":\"" + type + "\"");
	}

	private static void assertPassedSecurity(EntityExchangeResult<String> result) {
		int status = result.getStatus().value();
		assertThat(status).as(result.getResponseBody()).isNotIn(401, 403).isLessThan(500);
		if (status >= 400) {
			assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	record Endpoint(HttpMethod method, String path) {

		@Override
		public String toString() {
			return this.method.name() + " " + this.path;
		}

	}

}
