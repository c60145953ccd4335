package org.parley.config;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** OpenAPI, Swagger UI, health and CORS as users meet them. */
@ApiTest
class PlatformTests {

	@Autowired
	RestTestClient http;

	@Test
	void openApiDescribesEveryReadEndpoint() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.value((v) -> org.assertj.core.api.Assertions.assertThat((String) v).startsWith("3.1"))
			.jsonPath("$.paths['/api/v1/articles'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/articles/{slug}'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/actors'].get.parameters[?(@.name == 'q')]")
			.exists()
			.jsonPath("$.paths['/api/v1/actors'].get.parameters[?(@.name == 'size')].schema.maximum")
			.isEqualTo(java.util.List.of(100))
			.jsonPath("$.paths['/api/v1/actors/{slug}/statements'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/actors/{slug}/positions'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/summits'].get.parameters[?(@.name == 'from')]")
			.exists()
			.jsonPath("$.paths['/api/v1/statements'].get.parameters[?(@.name == 'issue')]")
			.exists()
			.jsonPath("$.paths['/api/v1/positions'].get.parameters[?(@.name == 'current')]")
			.exists()
			.jsonPath("$.paths['/api/v1/issues/{code}'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/statements'].get.parameters[?(@.name == 'paging')]")
			.doesNotExist();
	}

	@Test
	void openApiDescribesWritesPreconditionsAndProblems() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/issues/{code}'].put.parameters[?(@.name == 'If-Match')].in")
			.isEqualTo(java.util.List.of("header"))
			.jsonPath("$.paths['/api/v1/issues/{code}'].put.responses['412']")
			.exists()
			.jsonPath("$.paths['/api/v1/issues/{code}'].put.responses['428']")
			.exists()
			.jsonPath("$.paths['/api/v1/articles'].post.responses['413']")
			.exists()
			.jsonPath("$.paths['/api/v1/articles'].post.responses['411']")
			.exists()
			.jsonPath("$.paths['/api/v1/issues/{code}'].patch.requestBody.content['application/merge-patch+json']")
			.exists()
			.jsonPath("$.paths['/api/v1/issues/{code}'].get.responses['200'].headers.ETag")
			.exists()
			.jsonPath("$.paths['/api/v1/issues/{code}'].get.responses['304']")
			.exists()
			.jsonPath("$.paths['/api/v1/actors'].post.responses['409'].content['application/problem+json']")
			.exists()
			.jsonPath("$.components.schemas.ProblemDetail.properties.errors")
			.exists();
	}

	@Test
	void swaggerUiIsServed() {
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
		this.http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void healthIsPublicAndUp() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		for (String uri : java.util.List.of("/actuator/env", "/actuator/beans", "/actuator", "/actuator/heapdump")) {
			this.http.get().uri(uri).exchange().expectStatus().isForbidden();
			this.http.get().uri(uri).headers(TestApiKeys.admin()).exchange().expectStatus().isForbidden();
		}
	}

	@Test
	void infoIsPublic() {
		this.http.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void readsArePreflightedFromAnyOrigin() {
		this.http.options()
			.uri("/api/v1/issues")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.expectHeader()
			.valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ".*GET.*");
	}

	@Test
	void readsAreAllowedFromAnyOrigin() {
		this.http.get()
			.uri("/api/v1/issues")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> org.assertj.core.api.Assertions.assertThat(exposed).contains("ETag", "Location"));
	}

	@Test
	void writesAreNotAllowedFromUnconfiguredOrigins() {
		this.http.options()
			.uri("/api/v1/issues")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
