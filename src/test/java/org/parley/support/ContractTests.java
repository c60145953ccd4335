package org.parley.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract check itself: it passes answers the description allows and fails, naming
 * operation, status and what is wrong, the ones it does not, over a small description and
 * over the one Parley publishes.
 */
@ApiTest
class ContractTests {

	/** One operation, in OpenAPI 3.1 as Parley publishes it. */
	static final String DESCRIPTION = """
			{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "servers": [{"url": "/"}],
			 "paths": {"/api/v1/things/{slug}": {"get": {
			   "parameters": [
			     {"name": "slug", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 5}},
			     {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
			   "responses": {
			     "200": {"description": "ok", "content": {"application/json": {"schema": {
			       "type": "object", "required": ["slug", "note"],
			       "properties": {"slug": {"type": "string", "maxLength": 5},
			                      "note": {"type": ["string", "null"], "maxLength": 10}}}}}},
			     "400": {"description": "bad", "content": {"application/problem+json": {"schema": {
			       "type": "object", "properties": {"status": {"type": "integer"}}}}}}}}}}}
			""";

	final Contract contract = Contract.of(DESCRIPTION);

	@Autowired
	Api api;

	@Test
	void anAnswerTheDescriptionAllowsPasses() {
		assertThatCode(() -> answer("/api/v1/things/abc", 200, "{\"slug\": \"abc\", \"note\": null}", true))
			.doesNotThrowAnyException();
	}

	@Test
	void aWrongTypeFailsNamingOperationStatusAndPath() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc", 200, "{\"slug\": 7, \"note\": \"x\"}", true))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("GET /api/v1/things/abc answered 200")
			.hasMessageContaining("validation.response.body.schema.type")
			.hasMessageContaining("/slug");
	}

	@Test
	void aMissingRequiredPropertyFails() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc", 200, "{\"slug\": \"abc\"}", true))
			.hasMessageContaining("validation.response.body.schema.required")
			.hasMessageContaining("note");
	}

	@Test
	void nullWhereTheDescriptionAllowsNoneFails() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc", 200, "{\"slug\": null, \"note\": null}", true))
			.hasMessageContaining("/slug");
	}

	@Test
	void aStringOverItsMaxLengthFails() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc", 200, "{\"slug\": \"abcdef\", \"note\": null}", true))
			.hasMessageContaining("validation.response.body.schema.maxLength");
	}

	@Test
	void anUndocumentedStatusFails() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc", 409, "{}", true))
			.hasMessageContaining("validation.response.status.unknown");
	}

	@Test
	void aRequestTheDescriptionDoesNotAllowFailsUnlessSentOnPurpose() {
		assertThatThrownBy(() -> answer("/api/v1/things/abc?size=500", 400, "{\"status\": 400}", true))
			.hasMessageContaining("validation.request.parameter.schema.maximum");
		assertThatCode(() -> answer("/api/v1/things/abc?size=500", 400, "{\"status\": 400}", false))
			.doesNotThrowAnyException();
		// sent on purpose, the answer must still be one the operation documents
		assertThatThrownBy(() -> answer("/api/v1/things/abc?size=500", 422, "{\"status\": 422}", false))
			.hasMessageContaining("validation.response.status.unknown");
	}

	@Test
	void theDescriptionParleyPublishesRejectsAWrongShape() {
		Contract published = Contract.of(this.api.get("/v3/api-docs").assertStatus(200).text());
		String actor = this.api.get("/api/v1/actors/donald-trump").assertStatus(200).text();
		assertThatCode(() -> check(published, "/api/v1/actors/donald-trump", 200, actor, MediaType.APPLICATION_JSON))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> check(published, "/api/v1/actors/donald-trump", 200,
				actor.replace("\"kind\":\"PERSON\"", "\"kind\":\"ROBOT\""), MediaType.APPLICATION_JSON))
			.hasMessageContaining("GET /api/v1/actors/donald-trump answered 200")
			.hasMessageContaining("/kind");
		assertThatThrownBy(() -> check(published, "/api/v1/actors/donald-trump", 404, "{\"type\": \"x\"}",
				MediaType.APPLICATION_PROBLEM_JSON))
			.hasMessageContaining("/type");
	}

	private void answer(String uri, int status, String body, boolean requestChecked) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType((status >= 400) ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON);
		this.contract.check(HttpMethod.GET, URI.create("http://localhost" + uri), new HttpHeaders(), null, status,
				headers, body.getBytes(StandardCharsets.UTF_8), requestChecked);
	}

	private static void check(Contract contract, String uri, int status, String body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		contract.check(HttpMethod.GET, URI.create("http://localhost" + uri), new HttpHeaders(), null, status, headers,
				body.getBytes(StandardCharsets.UTF_8), true);
	}

}
