package org.parley.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are public; writes need an editor or admin key; responses carry security headers.
 */
@ApiTest
class AccessRulesTests {

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/articles", "/api/v1/actors/donald-trump", "/api/v1/summits",
			"/api/v1/statements?size=1", "/api/v1/positions/matrix", "/api/v1/issues", "/api/v1/search?q=ceasefire",
			"/api/v1/discrepancies", "/v3/api-docs", "/actuator/health", "/actuator/health/liveness" })
	void readsArePublic(String uri) {
		this.http.get().uri(uri).exchange().expectStatus().isOk();
		this.http.head().uri(uri).exchange().expectStatus().isOk();
	}

	@Test
	void publicReadsSetNoSessionCookieAndStayCacheable() {
		this.http.get()
			.uri("/api/v1/issues")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE)
			.expectHeader()
			.doesNotExist(HttpHeaders.CACHE_CONTROL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void writeWithoutAKeyIsA401ProblemNotA405(String method) {
		this.http.method(HttpMethod.valueOf(method))
			.uri("/api/v1/actors")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:unauthorized")
			.jsonPath("$.title")
			.isEqualTo("API key required")
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/actors")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("EDITOR or ADMIN")
				.contains("Authorization: Bearer"));
	}

	@Test
	void writeWithAnEditorKeyPassesSecurity() {
		// Past security, the empty body fails validation: a 400 from the write endpoint
		// itself.
		this.http.post()
			.uri("/api/v1/actors")
			.headers(TestApiKeys.editor(this.http))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(400)
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*");
		this.http.post()
			.uri("/api/v1/actors")
			.headers(TestApiKeys.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(400);
	}

	@Test
	void pathsOutsideTheApiAreRefusedToEveryone() {
		for (String uri : java.util.List.of("/", "/actuator/env", "/internal")) {
			this.http.get()
				.uri(uri)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("urn:parley:problem:forbidden");
		}
		this.http.post().uri("/actuator/health").exchange().expectStatus().isForbidden();
	}

	@Test
	void apiResponsesCarrySecurityHeaders() {
		this.http.get()
			.uri("/api/v1/issues")
			.exchange()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueMatches("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'.*");
		this.http.post()
			.uri("/api/v1/actors")
			.exchange()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueMatches("Content-Security-Policy", "default-src 'none'.*");
	}

	@Test
	void swaggerUiMayLoadItsOwnScriptsAndStyles() {
		this.http.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self'.*")
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*style-src 'self' 'unsafe-inline'.*")
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*connect-src 'self'.*");
	}

	@Test
	void openApiDeclaresTheBearerSchemeOnWritesAndAdminOperations() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.securitySchemes.apiKey.type")
			.isEqualTo("http")
			.jsonPath("$.components.securitySchemes.apiKey.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.paths['/api/v1/admin/api-keys'].get.security[0].apiKey")
			.exists()
			.jsonPath("$.paths['/api/v1/admin/api-keys'].post.security[0].apiKey")
			.exists()
			.jsonPath("$.paths['/api/v1/admin/api-keys'].post.responses['401']")
			.exists()
			.jsonPath("$.paths['/api/v1/admin/api-keys'].post.responses['403']")
			.exists()
			.jsonPath("$.paths['/api/v1/admin/api-keys'].post.responses['429']")
			.exists()
			.jsonPath("$.paths['/api/v1/admin/api-keys/{id}'].delete.security[0].apiKey")
			.exists()
			.jsonPath("$.paths['/api/v1/actors'].get.security")
			.doesNotExist();
	}

}
