package org.parley.config;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** OpenAPI, Swagger UI, health and CORS as users meet them. */
@ApiTest
class PlatformTests {

	@Autowired
	Api api;

	/**
	 * The parameters named {@code name} of the operation at {@code path} of the OpenAPI
	 * document.
	 */
	static List<JsonNode> parameters(Reply openApi, String path, String name) {
		return openApi.list(path + ".parameters")
			.stream()
			.filter((p) -> name.equals(Reply.string(p.path("name"))))
			.toList();
	}

	@Test
	void openApiDescribesEveryReadEndpoint() {
		Reply openApi = this.api.get("/v3/api-docs").assertStatus(200);
		assertThat(openApi.string("openapi")).startsWith("3.1");
		assertThat(openApi.has("paths./api/v1/articles.get")).isTrue();
		assertThat(openApi.has("paths./api/v1/articles/{slug}.get")).isTrue();
		assertThat(parameters(openApi, "paths./api/v1/actors.get", "q")).isNotEmpty();
		assertThat(parameters(openApi, "paths./api/v1/actors.get", "size"))
			.extracting((p) -> p.path("schema").path("maximum").isIntegralNumber()
					? p.path("schema").path("maximum").intValue() : null)
			.containsExactly(100);
		assertThat(openApi.has("paths./api/v1/actors/{slug}/statements.get")).isTrue();
		assertThat(openApi.has("paths./api/v1/actors/{slug}/positions.get")).isTrue();
		assertThat(parameters(openApi, "paths./api/v1/summits.get", "from")).isNotEmpty();
		assertThat(parameters(openApi, "paths./api/v1/statements.get", "issue")).isNotEmpty();
		assertThat(parameters(openApi, "paths./api/v1/positions.get", "current")).isNotEmpty();
		assertThat(openApi.has("paths./api/v1/issues/{code}.get")).isTrue();
		assertThat(parameters(openApi, "paths./api/v1/statements.get", "paging")).isEmpty();
	}

	@Test
	void openApiDescribesWritesPreconditionsAndProblems() {
		Reply openApi = this.api.get("/v3/api-docs").assertStatus(200);
		assertThat(parameters(openApi, "paths./api/v1/issues/{code}.put", "If-Match"))
			.extracting((p) -> Reply.string(p.path("in")))
			.containsExactly("header");
		assertThat(openApi.has("paths./api/v1/issues/{code}.put.responses.412")).isTrue();
		assertThat(openApi.has("paths./api/v1/issues/{code}.put.responses.428")).isTrue();
		assertThat(openApi.has("paths./api/v1/articles.post.responses.413")).isTrue();
		assertThat(openApi.has("paths./api/v1/articles.post.responses.411")).isTrue();
		assertThat(openApi.has("paths./api/v1/issues/{code}.patch.requestBody.content.application/merge-patch+json"))
			.isTrue();
		assertThat(openApi.has("paths./api/v1/issues/{code}.get.responses.200.headers.ETag")).isTrue();
		assertThat(openApi.has("paths./api/v1/issues/{code}.get.responses.304")).isTrue();
		assertThat(openApi.has("paths./api/v1/actors.post.responses.409.content.application/problem+json")).isTrue();
		assertThat(openApi.has("components.schemas.ProblemDetail.properties.errors")).isTrue();
	}

	@Test
	void everyOperationHasAUniqueIdAClientCanUseAsAMethodName() {
		Reply spec = this.api.get("/v3/api-docs").assertStatus(200);
		List<String> ids = spec.strings("paths.*.*.operationId");
		assertThat(ids).hasSizeGreaterThan(60).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z][A-Za-z]+"));
		assertThat(spec.string("paths./api/v1/actors.get.operationId")).isEqualTo("listActors");
		assertThat(spec.string("paths./api/v1/actors/{slug}.get.operationId")).isEqualTo("getActor");
		assertThat(spec.string("paths./api/v1/actors/{slug}.patch.operationId")).isEqualTo("patchActor");
		assertThat(spec.string("paths./api/v1/actors/{slug}/history.get.operationId")).isEqualTo("getActorHistory");
		assertThat(spec.string("paths./api/v1/actors/{slug}/statements.get.operationId"))
			.isEqualTo("listActorStatements");
		assertThat(spec.string("paths./api/v1/statements.post.operationId")).isEqualTo("createStatement");
		assertThat(spec.string("paths./api/v1/candidates/{id}/accept.post.operationId")).isEqualTo("acceptCandidate");
		assertThat(spec.string("paths./api/v1/admin/api-keys/{id}.delete.operationId")).isEqualTo("revokeApiKey");
	}

	@Test
	void theDescriptionDocumentsTheRealStatusesAndHeaders() {
		Reply spec = this.api.get("/v3/api-docs").assertStatus(200);
		assertThat(spec.string("info.license.identifier")).isEqualTo("Apache-2.0");
		assertThat(spec.has("paths./api/v1/issues.post.responses.201.headers.Location")).isTrue();
		assertThat(spec.has("paths./api/v1/issues.post.responses.200")).isFalse();
		assertThat(spec.has("paths./api/v1/issues/{code}.delete.responses.204")).isTrue();
		assertThat(spec.has("paths./api/v1/issues/{code}.delete.responses.200")).isFalse();
		assertThat(spec.has("paths./api/v1/candidates/{id}/accept.post.responses.201")).isTrue();
		assertThat(spec.list("paths./api/v1/issues/{code}.put.parameters"))
			.anyMatch((p) -> "If-Match".equals(Reply.string(p.path("name"))) && p.path("required").asBoolean());
		assertThat(spec.strings("paths./api/v1/statements.post.parameters.*.name")).contains("Idempotency-Key");
		assertThat(spec.strings("paths./api/v1/actors/{slug}.get.parameters.*.name")).contains("If-None-Match");
		for (String list : java.util.List.of("statements", "summits", "actors", "positions")) {
			assertThat(
					spec.json("paths./api/v1/" + list + ".get.responses.200.content").propertyNames().iterator().next())
				.as(list)
				.isEqualTo("application/json");
		}
	}

	@Test
	void swaggerUiIsServed() {
		this.api.get("/swagger-ui/index.html").assertStatus(200);
		assertThat(this.api.get("/swagger-ui.html").status()).isBetween(300, 399);
	}

	@Test
	void healthIsPublicAndUp() {
		assertThat(this.api.get("/actuator/health").assertStatus(200).string("status")).isEqualTo("UP");
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() {
		for (String uri : List.of("/actuator/env", "/actuator/beans", "/actuator", "/actuator/heapdump")) {
			this.api.get(uri).assertStatus(403);
			this.api.asAdmin().get(uri).assertStatus(403);
		}
	}

	@Test
	void infoIsPublic() {
		this.api.get("/actuator/info").assertStatus(200);
	}

	@Test
	void readsArePreflightedFromAnyOrigin() {
		Reply preflight = this.api.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.options("/api/v1/issues")
			.assertStatus(200);
		assertThat(preflight.headers().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).containsExactly("*");
		assertThat(preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).matches(".*GET.*");
	}

	@Test
	void readsAreAllowedFromAnyOrigin() {
		Reply read = this.api.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.get("/api/v1/issues")
			.assertStatus(200);
		assertThat(read.headers().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).containsExactly("*");
		assertThat(read.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("ETag", "Location");
	}

	@Test
	void writesAreNotAllowedFromUnconfiguredOrigins() {
		this.api.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.options("/api/v1/issues")
			.assertStatus(403);
	}

}
