package org.parley.idempotency;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Retried POSTs with an Idempotency-Key create nothing new. */
@ApiTest
class IdempotencyTests {

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

	@Autowired
	JdbcClient jdbc;

	RestTestClient.ResponseSpec post(String key, Map<String, Object> body) {
		return this.http.post()
			.uri("/api/v1/issues")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	long issues(String code) {
		return this.jdbc.sql("select count(*) from issue where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void aRetryReturnsTheFirstResponseAndCreatesNothing() {
		Map<String, Object> body = Map.of("code", "idempotent-issue", "name", "I", "question", "Once?");
		String first = post("key-retry-1", body).expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		post("key-retry-1", body).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectHeader()
			.location("/api/v1/issues/idempotent-issue")
			.expectBody(String.class)
			.isEqualTo(first);
		assertThat(issues("idempotent-issue")).isEqualTo(1);
		this.http.delete().uri("/api/v1/issues/idempotent-issue").header(HttpHeaders.IF_MATCH, "*").exchange();
	}

	@Test
	void theSameKeyWithAnotherBodyIsA422() {
		post("key-reuse-1", Map.of("code", "idempotent-a", "name", "A", "question", "A?")).expectStatus().isCreated();
		post("key-reuse-1", Map.of("code", "idempotent-b", "name", "B", "question", "B?")).expectStatus()
			.isEqualTo(422)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:idempotency-key-reused");
		assertThat(issues("idempotent-b")).isZero();
		this.http.delete().uri("/api/v1/issues/idempotent-a").header(HttpHeaders.IF_MATCH, "*").exchange();
	}

	@Test
	void aFailedRequestDoesNotUseUpItsKey() {
		post("key-fail-1", Map.of("code", "idempotent-c", "name", "", "question", "C?")).expectStatus().isBadRequest();
		post("key-fail-1", Map.of("code", "idempotent-c", "name", "C", "question", "C?")).expectStatus().isCreated();
		this.http.delete().uri("/api/v1/issues/idempotent-c").header(HttpHeaders.IF_MATCH, "*").exchange();
	}

	@Test
	void aMalformedKeyIsA400Problem() {
		post("has spaces in it", Map.of("code", "idempotent-d", "name", "D", "question", "D?")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.value((d) -> assertThat((String) d).contains("Idempotency-Key"));
		assertThat(issues("idempotent-d")).isZero();
	}

}
