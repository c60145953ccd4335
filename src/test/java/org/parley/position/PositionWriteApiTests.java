package org.parley.position;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;
import org.parley.support.Json;
import org.parley.support.Writes;
import org.parley.support.Writes.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording, correcting, deleting and restoring positions. Each test works on an issue of
 * its own, created for it and deleted with its positions at the end, so other tests see
 * the seed unchanged.
 */
@ApiTest
@SuppressWarnings("unchecked")
class PositionWriteApiTests {

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

	Writes writes;

	String issue;

	long statementId;

	@BeforeEach
	void createIssue() {
		this.writes = new Writes(this.http);
		this.issue = "test-issue-" + UUID.randomUUID().toString().substring(0, 8);
		Reply created = this.writes.post("/api/v1/issues",
				Map.of("code", this.issue, "name", "Test issue", "question", "Should the test pass?"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		this.statementId = ((Number) Json.content(this.http, "/api/v1/statements?actor=vladimir-putin&size=1")
			.get(0)
			.get("id")).longValue();
	}

	@AfterEach
	void deleteIssueAndItsPositions() {
		List<Map<String, Object>> current;
		while (!(current = Json.content(this.http, "/api/v1/positions?size=100&current=true&issue=" + this.issue))
			.isEmpty()) {
			for (Map<String, Object> p : current) {
				String uri = "/api/v1/positions/" + p.get("id");
				assertThat(this.writes.delete(uri, this.writes.get(uri).etag()).status()).isEqualTo(204);
			}
		}
		String uri = "/api/v1/issues/" + this.issue;
		assertThat(this.writes.delete(uri, this.writes.get(uri).etag()).status()).isEqualTo(204);
	}

	Map<String, Object> position(String actor, String stance, String validFrom) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("actor", actor);
		body.put("issue", this.issue);
		body.put("stance", stance);
		body.put("summary", actor + " " + stance + " from " + validFrom);
		body.put("validFrom", validFrom);
		body.put("evidence", List.of(Map.of("article", "us-pushes-for-peace-deal")));
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
		Map<String, Object> copy = new HashMap<>(body);
		change.accept(copy);
		return copy;
	}

	Reply create(Map<String, Object> body) {
		Reply reply = this.writes.post("/api/v1/positions", body);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply;
	}

	static long id(Reply reply) {
		return ((Number) reply.body().get("id")).longValue();
	}

	String stanceOn(String asOf, String actor) {
		List<Map<String, Object>> cells = (List<Map<String, Object>>) Json
			.get(this.http, "/api/v1/positions/matrix?asOf=" + asOf)
			.get("cells");
		return cells.stream()
			.filter((c) -> actor.equals(Json.at(c, "actor").get("slug"))
					&& this.issue.equals(Json.at(c, "issue").get("code")))
			.map((c) -> (String) c.get("stance"))
			.findFirst()
			.orElse(null);
	}

	List<Object> currentIds() {
		return Json.content(this.http, "/api/v1/positions?size=100&current=true&issue=" + this.issue)
			.stream()
			.map((p) -> p.get("id"))
			.toList();
	}

	List<Map<String, Object>> history(long id) {
		return (List<Map<String, Object>>) (Object) this.http.get()
			.uri("/api/v1/positions/" + id + "/history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aFirstPositionIsCurrentWithLocationAndETag() {
		Reply created = create(with(position("russia", "OPPOSES", "2025-08-01"), (b) -> b.put("evidence",
				List.of(Map.of("statementId", this.statementId), Map.of("article", "us-pushes-for-peace-deal")))));
		assertThat(created.location()).isEqualTo("/api/v1/positions/" + id(created));
		assertThat(created.etag()).startsWith("\"0-");
		assertThat(created.body()).containsEntry("current", true)
			.containsEntry("supersedesId", null)
			.containsEntry("stance", "OPPOSES")
			.containsEntry("sourceCount", 1); // the statement is from that same article
		assertThat((List<Map<String, Object>>) created.body().get("evidence")).extracting((e) -> e.get("type"))
			.containsExactly("STATEMENT", "ARTICLE");
		assertThat(currentIds()).containsExactly(created.body().get("id"));

		Reply read = this.writes.get(created.location());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).startsWith("\"0-");
		assertThat(this.writes.getIfNoneMatch(created.location(), read.etag()).status()).isEqualTo(304);
		assertThat(Json.at(read.body(), "position")).containsEntry("id", created.body().get("id"));
	}

	@Test
	void aNewStanceSupersedesTheCurrentOneAndKeepsItAsHistory() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		assertThat(second.body()).containsEntry("supersedesId", first.body().get("id")).containsEntry("current", true);

		List<Map<String, Object>> chain = Json.content(this.http,
				"/api/v1/positions?size=100&actor=russia&issue=" + this.issue);
		assertThat(chain).extracting((p) -> p.get("stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(chain).extracting((p) -> p.get("current")).containsExactly(false, true);
		assertThat(chain.get(0)).containsEntry("supersededById", second.body().get("id"));
		assertThat(currentIds()).containsExactly(second.body().get("id"));
		assertThat(stanceOn("2025-08-10", "russia")).isEqualTo("OPPOSES");
		assertThat(stanceOn("2025-08-20", "russia")).isEqualTo("SUPPORTS");
		Map<String, Object> detail = Json.get(this.http, "/api/v1/positions/" + id(first));
		assertThat((List<Map<String, Object>>) detail.get("history")).extracting((p) -> p.get("stance"))
			.containsExactly("OPPOSES", "SUPPORTS");

		// another actor's stance on the same issue is a chain of its own
		Reply other = create(position("ukraine", "SUPPORTS", "2025-08-01"));
		assertThat(other.body()).containsEntry("supersedesId", null);
		assertThat(currentIds()).containsExactlyInAnyOrder(second.body().get("id"), other.body().get("id"));
	}

	@Test
	void aNewStanceCannotApplyBeforeTheOneItSupersedes() {
		create(position("russia", "OPPOSES", "2025-08-15"));
		Reply earlier = this.writes.post("/api/v1/positions", position("russia", "SUPPORTS", "2025-08-01"));
		assertThat(earlier.status()).isEqualTo(422);
		assertThat(earlier.errorFields()).containsExactly("validFrom");
		Reply undated = this.writes.post("/api/v1/positions", position("russia", "SUPPORTS", null));
		assertThat(undated.status()).isEqualTo(422);
		assertThat(undated.errorFields()).containsExactly("validFrom");
		assertThat(currentIds()).hasSize(1);
		assertThat(create(position("russia", "SUPPORTS", "2025-08-15")).body()).containsEntry("current", true);
	}

	@Test
	void invalidFieldsAre400AndUnknownReferencesAre422NamingThePath() {
		Map<String, Object> valid = position("russia", "OPPOSES", "2025-08-01");
		Map<String, Map<String, Object>> malformed = new LinkedHashMap<>();
		malformed.put("stance", with(valid, (b) -> b.remove("stance")));
		malformed.put("summary", with(valid, (b) -> b.put("summary", "x".repeat(1001))));
		malformed.put("evidence", with(valid, (b) -> b.put("evidence", List.of())));
		malformed.put("evidence[0]", with(valid, (b) -> b.put("evidence",
				List.of(Map.of("statementId", this.statementId, "article", "us-pushes-for-peace-deal")))));
		malformed.forEach((field, body) -> {
			Reply reply = this.writes.post("/api/v1/positions", body);
			assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
			assertThat(reply.errorFields()).as(field).containsExactly(field);
		});
		Reply unknownProperty = this.writes.post("/api/v1/positions", with(valid, (b) -> b.put("confidence", 1)));
		assertThat(unknownProperty.status()).isEqualTo(400);
		assertThat((String) unknownProperty.body().get("detail")).contains("'confidence'");
		Reply badStance = this.writes.post("/api/v1/positions", with(valid, (b) -> b.put("stance", "MAYBE")));
		assertThat(badStance.status()).isEqualTo(400);

		Reply evidence = this.writes.post("/api/v1/positions",
				with(valid, (b) -> b.put("evidence", List.of(Map.of("article", "us-pushes-for-peace-deal"),
						Map.of("statementId", 999999999), Map.of("article", "no-such-article")))));
		assertThat(evidence.status()).as(evidence.toString()).isEqualTo(422);
		assertThat(evidence.errorFields()).containsExactly("evidence[1].statementId", "evidence[2].article");
		Reply actor = this.writes.post("/api/v1/positions", with(valid, (b) -> b.put("actor", "nobody-at-all")));
		assertThat(actor.status()).isEqualTo(422);
		assertThat(actor.errorFields()).containsExactly("actor");
		Reply issue = this.writes.post("/api/v1/positions", with(valid, (b) -> b.put("issue", "no-such-issue")));
		assertThat(issue.status()).isEqualTo(422);
		assertThat(issue.errorFields()).containsExactly("issue");
		Reply missing = this.writes.post("/api/v1/positions", with(valid, (b) -> {
			b.remove("actor");
			b.remove("issue");
		}));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactly("actor", "issue");
		assertThat(currentIds()).isEmpty();
	}

	@Test
	void correctionsNeedTheCurrentVersionAndKeepActorAndIssue() {
		Reply created = create(position("russia", "OPPOSES", "2025-08-01"));
		String uri = created.location();
		Map<String, Object> body = with(position("russia", "CONDITIONAL", "2025-08-02"),
				(b) -> b.put("evidence", List.of(Map.of("statementId", this.statementId))));
		assertThat(this.writes.put(uri, null, body).status()).isEqualTo(428);
		assertThat(this.writes.put(uri, "\"5\"", body).status()).isEqualTo(412);

		Reply replaced = this.writes.put(uri, created.etag(), body);
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(replaced.etag()).startsWith("\"1-");
		assertThat(replaced.body()).containsEntry("id", created.body().get("id"))
			.containsEntry("stance", "CONDITIONAL")
			.containsEntry("validFrom", "2025-08-02");
		assertThat((List<Map<String, Object>>) replaced.body().get("evidence")).extracting((e) -> e.get("type"))
			.containsExactly("STATEMENT");

		Reply otherActor = this.writes.put(uri, replaced.etag(), with(body, (b) -> b.put("actor", "ukraine")));
		assertThat(otherActor.status()).isEqualTo(422);
		assertThat(otherActor.errorFields()).containsExactly("actor");
		Reply otherIssue = this.writes.patch(uri, replaced.etag(), "{\"issue\":\"ceasefire\"}");
		assertThat(otherIssue.status()).isEqualTo(422);
		assertThat(otherIssue.errorFields()).containsExactly("issue");

		// changing only the evidence is a new version too
		Reply patched = this.writes.patch(uri, replaced.etag(),
				"{\"evidence\":[{\"article\":\"us-pushes-for-peace-deal\"}]}");
		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.etag()).startsWith("\"2-");
		assertThat(patched.body()).containsEntry("stance", "CONDITIONAL");
		assertThat((List<Map<String, Object>>) patched.body().get("evidence")).extracting((e) -> e.get("type"))
			.containsExactly("ARTICLE");
		assertThat(this.writes.patch(uri, replaced.etag(), "{\"summary\":\"x\"}").status()).isEqualTo(412);
		Reply noEvidence = this.writes.patch(uri, patched.etag(), "{\"evidence\":null}");
		assertThat(noEvidence.status()).isEqualTo(400);
		assertThat(noEvidence.errorFields()).containsExactly("evidence");

		assertThat(history(id(created))).extracting((h) -> h.get("change"))
			.containsExactly("CREATED", "UPDATED", "UPDATED");
		assertThat(this.writes.put("/api/v1/positions/999999999", "\"0\"", body).status()).isEqualTo(404);
	}

	@Test
	void aCorrectedDateMustKeepTheChainInOrder() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		Reply afterSuccessor = this.writes.patch(first.location(), first.etag(), "{\"validFrom\":\"2025-08-20\"}");
		assertThat(afterSuccessor.status()).isEqualTo(422);
		assertThat(afterSuccessor.errorFields()).containsExactly("validFrom");
		Reply beforePredecessor = this.writes.patch(second.location(), second.etag(), "{\"validFrom\":\"2025-07-01\"}");
		assertThat(beforePredecessor.status()).isEqualTo(422);
		assertThat(beforePredecessor.errorFields()).containsExactly("validFrom");
		assertThat(this.writes.patch(first.location(), first.etag(), "{\"validFrom\":\"2025-08-15\"}").status())
			.isEqualTo(200);
	}

	@Test
	void onlyTheCurrentPositionCanBeDeletedAndThenTheOneBeforeIsCurrentAgain() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		Reply refused = this.writes.delete(first.location(), first.etag());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).containsEntry("existing", second.location());
		assertThat(this.writes.delete(second.location(), null).status()).isEqualTo(428);
		assertThat(this.writes.delete(second.location(), "\"9\"").status()).isEqualTo(412);

		assertThat(this.writes.delete(second.location(), second.etag()).status()).isEqualTo(204);
		assertThat(this.writes.get(second.location()).status()).isEqualTo(404);
		assertThat(currentIds()).containsExactly(first.body().get("id"));
		assertThat(Json.at(Json.get(this.http, first.location()), "position")).containsEntry("current", true)
			.containsEntry("supersededById", null);
		assertThat(stanceOn("2025-08-20", "russia")).isEqualTo("OPPOSES");

		List<Map<String, Object>> history = history(id(second));
		assertThat(history).extracting((h) -> h.get("change")).containsExactly("CREATED", "DELETED");
		assertThat(history).allSatisfy((h) -> assertThat(Json.at(h, "state")).containsEntry("stance", "SUPPORTS")
			.containsEntry("supersedesId", first.body().get("id")));
		assertThat((List<Object>) Json.at(history.get(1), "state").get("evidence")).hasSize(1);
		assertThat(this.writes.get("/api/v1/positions/999999999/history").status()).isEqualTo(404);
	}

	@Test
	void restoreRecordsADeletedPositionAgainInItsPlace() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(with(position("russia", "SUPPORTS", "2025-08-15"),
				(b) -> b.put("evidence", List.of(Map.of("statementId", this.statementId)))));
		assertThat(this.writes.post(second.location() + "/restore", null).status()).as("it exists").isEqualTo(409);
		assertThat(this.writes.delete(second.location(), second.etag()).status()).isEqualTo(204);

		Reply restored = this.writes.post(second.location() + "/restore", null);
		assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
		assertThat(id(restored)).isNotEqualTo(id(second));
		assertThat(restored.location()).isEqualTo("/api/v1/positions/" + id(restored));
		assertThat(restored.body()).containsEntry("stance", "SUPPORTS")
			.containsEntry("validFrom", "2025-08-15")
			.containsEntry("supersedesId", first.body().get("id"))
			.containsEntry("current", true);
		assertThat((List<Map<String, Object>>) restored.body().get("evidence"))
			.extracting((e) -> ((Number) e.get("statementId")).longValue())
			.containsExactly(this.statementId);
		assertThat(currentIds()).containsExactly(restored.body().get("id"));

		// the stance has moved on: the restored copy now supersedes the first position
		Reply again = this.writes.post(second.location() + "/restore", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body()).containsEntry("existing", restored.location());
		assertThat(this.writes.post("/api/v1/positions/999999999/restore", null).status()).isEqualTo(404);
	}

	@Test
	void restoringAFirstPositionIsRefusedOnceAnotherStandsInItsPlace() {
		Reply first = create(position("ukraine", "OPPOSES", "2025-08-01"));
		assertThat(this.writes.delete(first.location(), first.etag()).status()).isEqualTo(204);
		Reply replacement = create(position("ukraine", "SUPPORTS", "2025-08-01"));
		assertThat(replacement.body()).containsEntry("supersedesId", null);
		Reply refused = this.writes.post(first.location() + "/restore", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.writes.delete(replacement.location(), replacement.etag()).status()).isEqualTo(204);
		Reply restored = this.writes.post(first.location() + "/restore", null);
		assertThat(restored.status()).isEqualTo(201);
		assertThat(restored.body()).containsEntry("stance", "OPPOSES").containsEntry("supersedesId", null);
	}

}
