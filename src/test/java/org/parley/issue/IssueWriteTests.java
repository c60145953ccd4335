package org.parley.issue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing issues: validation, preconditions, history and restore. */
@ApiTest
@SuppressWarnings("unchecked")
class IssueWriteTests {

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

	String create(String code) {
		return this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", code, "name", "Sanctions", "question", "Should sanctions on Russia be lifted?"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.location("/api/v1/issues/" + code)
			.returnResult()
			.getResponseHeaders()
			.getETag();
	}

	void delete(String code) {
		this.http.delete().uri("/api/v1/issues/{code}", code).header(HttpHeaders.IF_MATCH, "*").exchange();
	}

	@Test
	void createReadUpdatePatchDeleteWithEtags() {
		String etag = create("sanctions-crud");
		assertThat(etag).matches("\"0-[0-9a-f]+\"");
		String readTag = this.http.get()
			.uri("/api/v1/issues/sanctions-crud")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		this.http.get()
			.uri("/api/v1/issues/sanctions-crud")
			.header(HttpHeaders.IF_NONE_MATCH, readTag)
			.exchange()
			.expectStatus()
			.isNotModified();
		String updated = this.http.put()
			.uri("/api/v1/issues/sanctions-crud")
			.header(HttpHeaders.IF_MATCH, readTag)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Sanctions relief", "question", "Should sanctions be lifted as part of a deal?"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Sanctions relief")
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertThat(updated).startsWith("\"1-");
		this.http.patch()
			.uri("/api/v1/issues/sanctions-crud")
			.header(HttpHeaders.IF_MATCH, updated)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"description\": \"Raised in no seed article.\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.description")
			.isEqualTo("Raised in no seed article.")
			.jsonPath("$.name")
			.isEqualTo("Sanctions relief");
		this.http.get()
			.uri("/api/v1/issues/sanctions-crud")
			.header(HttpHeaders.IF_NONE_MATCH, readTag)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.delete()
			.uri("/api/v1/issues/sanctions-crud")
			.header(HttpHeaders.IF_MATCH, "\"2\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get().uri("/api/v1/issues/sanctions-crud").exchange().expectStatus().isNotFound();
	}

	@Test
	void historyKeepsEveryStateAndADeletedIssueCanBeRestored() {
		create("sanctions-history");
		this.http.patch()
			.uri("/api/v1/issues/sanctions-history")
			.header(HttpHeaders.IF_MATCH, "\"0\"")
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"name\": \"Renamed\"}")
			.exchange()
			.expectStatus()
			.isOk();
		this.http.delete()
			.uri("/api/v1/issues/sanctions-history")
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isNoContent();
		List<Map<String, Object>> history = this.http.get()
			.uri("/api/v1/issues/sanctions-history/history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(history).extracting((h) -> h.get("change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history).extracting((h) -> Json.at(h, "state").get("name"))
			.containsExactly("Sanctions", "Renamed", "Renamed");
		assertThat(history).extracting((h) -> ((Number) h.get("revision")).longValue()).isSorted();
		assertThat(history).extracting((h) -> (String) h.get("by"))
			.allSatisfy((by) -> assertThat(by).as("the API key that made the change").matches("[0-9]+"));
		this.http.post()
			.uri("/api/v1/issues/sanctions-history/restore")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Renamed");
		this.http.post().uri("/api/v1/issues/sanctions-history/restore").exchange().expectStatus().isEqualTo(409);
		delete("sanctions-history");
	}

	@Test
	void seededIssuesHaveTheSeedAsTheirFirstRevision() {
		this.http.get()
			.uri("/api/v1/issues/ceasefire/history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].change")
			.isEqualTo("CREATED")
			.jsonPath("$[0].by")
			.isEqualTo("seed")
			.jsonPath("$[0].state.code")
			.isEqualTo("ceasefire");
	}

	@Test
	void writesWithoutIfMatchAre428AndWithAStaleOne412() {
		create("sanctions-precondition");
		this.http.put()
			.uri("/api/v1/issues/sanctions-precondition")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "x", "question", "y?"))
			.exchange()
			.expectStatus()
			.isEqualTo(428)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:precondition-required");
		this.http.delete()
			.uri("/api/v1/issues/sanctions-precondition")
			.header(HttpHeaders.IF_MATCH, "\"7\"")
			.exchange()
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(0);
		delete("sanctions-precondition");
	}

	@Test
	void invalidBodiesAre400ProblemsListingEveryField() {
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "Not A Code", "name", "", "question", "q".repeat(501)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:invalid-body")
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<String>) fields).containsExactlyInAnyOrder("code", "name", "question"));
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"code\": \"x\", \"name\": \"x\", \"question\": \"x?\", \"colour\": \"red\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("colour"));
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"code\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void nulCharactersInABodyAre400ProblemsNamingTheProperty() {
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"code\": \"nul-test\", \"name\": \"a\\u0000b\", \"question\": \"Is it?\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:invalid-body")
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("'name'").contains("U+0000"));
		String etag = this.http.get()
			.uri("/api/v1/issues/reconstruction")
			.exchange()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		this.http.patch()
			.uri("/api/v1/issues/reconstruction")
			.header(HttpHeaders.IF_MATCH, etag)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.body("{\"question\": \"\\u0000?\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("question")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat((String) message).contains("U+0000"));
		this.http.get().uri("/api/v1/issues/nul-test").exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/v1/issues/reconstruction")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag);
	}

	@Test
	void ruleBreaksAre422AndClashes409() {
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "No code", "question", "q?"))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("code");
		this.http.post()
			.uri("/api/v1/issues")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "ceasefire", "name", "Again", "question", "q?"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.existing")
			.isEqualTo("/api/v1/issues/ceasefire");
		this.http.delete()
			.uri("/api/v1/issues/ceasefire")
			.header(HttpHeaders.IF_MATCH, "*")
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.http.put()
			.uri("/api/v1/issues/territory")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("code", "land", "name", "Territory", "question", "q?"))
			.exchange()
			.expectStatus()
			.isEqualTo(422);
	}

	@Test
	void unsupportedContentTypesAre415Problems() {
		this.http.patch()
			.uri("/api/v1/issues/territory")
			.header(HttpHeaders.IF_MATCH, "*")
			.contentType(MediaType.APPLICATION_XML)
			.body("<issue/>")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
