package org.parley.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are public; writes need an editor or admin key; responses carry security headers.
 */
@ApiTest
class AccessRulesTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/articles", "/api/v1/actors/donald-trump", "/api/v1/summits",
			"/api/v1/statements?size=1", "/api/v1/positions/matrix", "/api/v1/issues", "/api/v1/search?q=ceasefire",
			"/api/v1/discrepancies", "/v3/api-docs", "/actuator/health", "/actuator/health/liveness" })
	void readsArePublic(String uri) {
		this.api.withoutRequestCheck().get(uri).assertStatus(200);
		this.api.withoutRequestCheck().head(uri).assertStatus(200);
	}

	@Test
	void publicReadsSetNoSessionCookieAndStayCacheable() {
		Reply read = this.api.withoutRequestCheck().get("/api/v1/issues").assertStatus(200);
		assertThat(read.headers().containsHeader(HttpHeaders.SET_COOKIE)).isFalse();
		assertThat(read.headers().containsHeader(HttpHeaders.CACHE_CONTROL)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void writeWithoutAKeyIsA401ProblemNotA405(String method) {
		Reply refused = this.api.withoutRequestCheck()
			.send(HttpMethod.valueOf(method), "/api/v1/actors", MediaType.APPLICATION_JSON, "{}")
			.assertStatus(401)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.header(HttpHeaders.WWW_AUTHENTICATE)).matches("Bearer.*");
		assertThat(refused.type()).isEqualTo("urn:parley:problem:unauthorized");
		assertThat(refused.string("title")).isEqualTo("API key required");
		assertThat(refused.string("instance")).isEqualTo("/api/v1/actors");
		assertThat(refused.detail()).contains("EDITOR or ADMIN").contains("Authorization: Bearer");
	}

	@Test
	void writeWithAnEditorKeyPassesSecurity() {
		// Past security, the empty body fails validation: a 400 from the write endpoint
		// itself.
		Reply invalid = this.api.withoutRequestCheck().asEditor().post("/api/v1/actors", "{}").assertStatus(400);
		assertThat(invalid.header(HttpHeaders.CACHE_CONTROL)).matches(".*no-store.*");
		this.api.withoutRequestCheck().asAdmin().post("/api/v1/actors", "{}").assertStatus(400);
	}

	@Test
	void pathsOutsideTheApiAndTheDashboardAreRefusedToEveryone() {
		for (String uri : List.of("/actuator/env", "/v3/internal")) {
			Reply refused = this.api.withoutRequestCheck()
				.get(uri)
				.assertStatus(403)
				.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.type()).isEqualTo("urn:parley:problem:forbidden");
		}
		this.api.withoutRequestCheck().post("/actuator/health", null).assertStatus(403);
		this.api.withoutRequestCheck().post("/", null).assertStatus(403);
	}

	@Test
	void theDashboardIsPublicToReadAndUnknownPathsBesideItAreA404Problem() {
		this.api.withoutRequestCheck().get("/").assertStatus(200);
		Reply unknown = this.api.withoutRequestCheck()
			.get("/internal")
			.assertStatus(404)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unknown.intValue("status")).isEqualTo(404);
	}

	@Test
	void apiResponsesCarrySecurityHeaders() {
		Reply read = this.api.withoutRequestCheck().get("/api/v1/issues");
		assertThat(read.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(read.headers().get("X-Frame-Options")).containsExactly("DENY");
		assertThat(read.headers().get("Referrer-Policy")).containsExactly("no-referrer");
		assertThat(read.header("Content-Security-Policy")).matches("default-src 'none'; frame-ancestors 'none'.*");
		Reply write = this.api.withoutRequestCheck().post("/api/v1/actors", null);
		assertThat(write.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(write.header("Content-Security-Policy")).matches("default-src 'none'.*");
	}

	@Test
	void swaggerUiMayLoadItsOwnScriptsAndStyles() {
		Reply ui = this.api.withoutRequestCheck().get("/swagger-ui/index.html").assertStatus(200);
		assertThat(ui.header("Content-Security-Policy")).matches(".*script-src 'self'.*")
			.matches(".*style-src 'self' 'unsafe-inline'.*")
			.matches(".*connect-src 'self'.*");
	}

	@Test
	void openApiDeclaresTheBearerSchemeOnWritesAndAdminOperations() {
		Reply openApi = this.api.withoutRequestCheck().get("/v3/api-docs").assertStatus(200);
		assertThat(openApi.string("components.securitySchemes.apiKey.type")).isEqualTo("http");
		assertThat(openApi.string("components.securitySchemes.apiKey.scheme")).isEqualTo("bearer");
		assertThat(openApi.string("components.securitySchemes.adminKey.scheme")).isEqualTo("bearer");
		assertThat(openApi.has("paths./api/v1/admin/api-keys.get.security.0.adminKey")).isTrue();
		assertThat(openApi.has("paths./api/v1/admin/api-keys.post.security.0.adminKey")).isTrue();
		assertThat(openApi.has("paths./api/v1/admin/api-keys.post.responses.401")).isTrue();
		assertThat(openApi.has("paths./api/v1/admin/api-keys.post.responses.403")).isTrue();
		assertThat(openApi.has("paths./api/v1/admin/api-keys.post.responses.429")).isTrue();
		assertThat(openApi.has("paths./api/v1/admin/api-keys/{id}.delete.security.0.adminKey")).isTrue();
		// Public operations say so: an empty list of requirements, not none at all.
		assertThat(openApi.json("paths./api/v1/actors.get.security").isArray()).isTrue();
		assertThat(openApi.list("paths./api/v1/actors.get.security")).isEmpty();
	}

}
