package org.parley.idempotency;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Retried POSTs with an Idempotency-Key create nothing new. */
@ApiTest
@AsEditor
class IdempotencyTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	Reply post(String key, Map<String, Object> body) {
		return this.api.header("Idempotency-Key", key).post("/api/v1/issues", body);
	}

	long issues(String code) {
		return this.jdbc.sql("select count(*) from issue where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void aRetryReturnsTheFirstResponseAndCreatesNothing() {
		Map<String, Object> body = Map.of("code", "idempotent-issue", "name", "I", "question", "Once?");
		String first = post("key-retry-1", body).assertStatus(201).text();
		Reply retry = post("key-retry-1", body).assertStatus(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.location()).isEqualTo("/api/v1/issues/idempotent-issue");
		assertThat(retry.text()).isEqualTo(first);
		assertThat(issues("idempotent-issue")).isEqualTo(1);
		this.api.ifMatch("*").delete("/api/v1/issues/idempotent-issue");
	}

	@Test
	void theSameKeyWithAnotherBodyIsA422() {
		post("key-reuse-1", Map.of("code", "idempotent-a", "name", "A", "question", "A?")).assertStatus(201);
		Reply reused = post("key-reuse-1", Map.of("code", "idempotent-b", "name", "B", "question", "B?"))
			.assertStatus(422)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(reused.type()).isEqualTo("urn:parley:problem:idempotency-key-reused");
		assertThat(issues("idempotent-b")).isZero();
		this.api.ifMatch("*").delete("/api/v1/issues/idempotent-a");
	}

	/**
	 * A request that died holding its key (a crash, say) leaves a claim without an
	 * answer: a retry waits while the claim's lease runs, and then goes through, once.
	 */
	@Test
	void aClaimLeftByARequestThatDiedExpiresAfterItsLease() {
		post("key-owner-1", Map.of("code", "idempotent-d", "name", "D", "question", "D?")).assertStatus(201);
		String owner = this.jdbc.sql("select owner from idempotency_record where key = 'key-owner-1'")
			.query(String.class)
			.single();
		this.jdbc.sql("""
				insert into idempotency_record (owner, key, request_hash, claim, created_at)
				values (?, 'key-died-1', 'x', gen_random_uuid(), now() - interval '31 seconds')""")
			.param(owner)
			.update();
		// a request still running: its claim is fresh and holds no answer yet
		this.jdbc
			.sql("update idempotency_record set status = null, body = null, created_at = now() "
					+ "where key = 'key-owner-1'")
			.update();
		Reply running = post("key-owner-1", Map.of("code", "idempotent-d", "name", "D", "question", "D?"));
		running.assertStatus(409);
		assertThat(running.type()).isEqualTo("urn:parley:problem:idempotency-in-progress");
		Map<String, Object> body = Map.of("code", "idempotent-e", "name", "E", "question", "E?");
		post("key-died-1", body).assertStatus(201);
		assertThat(post("key-died-1", body).assertStatus(201).header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(issues("idempotent-e")).isEqualTo(1);
		this.api.ifMatch("*").delete("/api/v1/issues/idempotent-d");
		this.api.ifMatch("*").delete("/api/v1/issues/idempotent-e");
		this.jdbc.sql("delete from idempotency_record where key = 'key-owner-1'").update();
	}

	@Test
	void aFailedRequestDoesNotUseUpItsKey() {
		post("key-fail-1", Map.of("code", "idempotent-c", "name", "", "question", "C?")).assertStatus(400);
		post("key-fail-1", Map.of("code", "idempotent-c", "name", "C", "question", "C?")).assertStatus(201);
		this.api.ifMatch("*").delete("/api/v1/issues/idempotent-c");
	}

	@Test
	void aMalformedKeyIsA400Problem() {
		Reply malformed = post("has spaces in it", Map.of("code", "idempotent-d", "name", "D", "question", "D?"))
			.assertStatus(400);
		assertThat(malformed.detail()).contains("Idempotency-Key");
		assertThat(issues("idempotent-d")).isZero();
	}

}
