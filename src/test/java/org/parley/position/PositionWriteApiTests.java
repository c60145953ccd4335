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
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording, correcting, deleting and restoring positions. Each test works on an issue of
 * its own, created for it and deleted with its positions at the end, so other tests see
 * the seed unchanged.
 */
@ApiTest
@AsEditor
class PositionWriteApiTests {

	@Autowired
	Api api;

	String issue;

	long statementId;

	@BeforeEach
	void createIssue() {
		this.issue = "test-issue-" + UUID.randomUUID().toString().substring(0, 8);
		Reply created = this.api.post("/api/v1/issues",
				Map.of("code", this.issue, "name", "Test issue", "question", "Should the test pass?"));
		created.assertStatus(201);
		this.statementId = this.api.get("/api/v1/statements?actor=vladimir-putin&size=1")
			.assertStatus(200)
			.longValue("content.0.id");
	}

	@AfterEach
	void deleteIssueAndItsPositions() {
		List<Long> current;
		while (!(current = currentIds()).isEmpty()) {
			for (long id : current) {
				String uri = "/api/v1/positions/" + id;
				assertThat(this.api.ifMatch(this.api.get(uri).etag()).delete(uri).status()).isEqualTo(204);
			}
		}
		String uri = "/api/v1/issues/" + this.issue;
		assertThat(this.api.ifMatch(this.api.get(uri).etag()).delete(uri).status()).isEqualTo(204);
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
		Reply reply = this.api.post("/api/v1/positions", body);
		return reply.assertStatus(201);
	}

	static long id(Reply reply) {
		return reply.longValue("id");
	}

	String stanceOn(String asOf, String actor) {
		return this.api.get("/api/v1/positions/matrix?asOf=" + asOf)
			.assertStatus(200)
			.list("cells")
			.stream()
			.filter((c) -> actor.equals(c.path("actor").path("slug").stringValue(null))
					&& this.issue.equals(c.path("issue").path("code").stringValue(null)))
			.map((c) -> c.path("stance").stringValue())
			.findFirst()
			.orElse(null);
	}

	List<Long> currentIds() {
		return this.api.get("/api/v1/positions?size=100&current=true&issue=" + this.issue)
			.assertStatus(200)
			.list("content.*.id")
			.stream()
			.map(JsonNode::longValue)
			.toList();
	}

	Reply history(long id) {
		return this.api.get("/api/v1/positions/" + id + "/history").assertStatus(200);
	}

	@Test
	void aFirstPositionIsCurrentWithLocationAndETag() {
		Reply created = create(with(position("russia", "OPPOSES", "2025-08-01"), (b) -> b.put("evidence",
				List.of(Map.of("statementId", this.statementId), Map.of("article", "us-pushes-for-peace-deal")))));
		assertThat(created.location()).isEqualTo("/api/v1/positions/" + id(created));
		assertThat(created.etag()).startsWith("\"0-");
		assertThat(created.bool("current")).isTrue();
		assertThat(created.isNull("supersedesId")).isTrue();
		assertThat(created.string("stance")).isEqualTo("OPPOSES");
		assertThat(created.intValue("sourceCount")).isEqualTo(1); // the statement is from
																	// that same article
		assertThat(created.strings("evidence.*.type")).containsExactly("STATEMENT", "ARTICLE");
		assertThat(currentIds()).containsExactly(created.longValue("id"));

		Reply read = this.api.get(created.location());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).startsWith("\"0-");
		assertThat(this.api.ifNoneMatch(read.etag()).get(created.location()).status()).isEqualTo(304);
		assertThat(read.longValue("position.id")).isEqualTo(created.longValue("id"));
	}

	@Test
	void aNewStanceSupersedesTheCurrentOneAndKeepsItAsHistory() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		assertThat(second.longValue("supersedesId")).isEqualTo(first.longValue("id"));
		assertThat(second.bool("current")).isTrue();

		Reply chain = this.api.get("/api/v1/positions?size=100&actor=russia&issue=" + this.issue).assertStatus(200);
		assertThat(chain.strings("content.*.stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(chain.list("content.*.current")).extracting(JsonNode::booleanValue).containsExactly(false, true);
		assertThat(chain.longValue("content.0.supersededById")).isEqualTo(second.longValue("id"));
		assertThat(currentIds()).containsExactly(second.longValue("id"));
		assertThat(stanceOn("2025-08-10", "russia")).isEqualTo("OPPOSES");
		assertThat(stanceOn("2025-08-20", "russia")).isEqualTo("SUPPORTS");
		Reply detail = this.api.get("/api/v1/positions/" + id(first)).assertStatus(200);
		assertThat(detail.strings("history.*.stance")).containsExactly("OPPOSES", "SUPPORTS");

		// another actor's stance on the same issue is a chain of its own
		Reply other = create(position("ukraine", "SUPPORTS", "2025-08-01"));
		assertThat(other.isNull("supersedesId")).isTrue();
		assertThat(currentIds()).containsExactlyInAnyOrder(second.longValue("id"), other.longValue("id"));
	}

	@Test
	void aNewStanceCannotApplyBeforeTheOneItSupersedes() {
		create(position("russia", "OPPOSES", "2025-08-15"));
		Reply earlier = this.api.post("/api/v1/positions", position("russia", "SUPPORTS", "2025-08-01"));
		assertThat(earlier.status()).isEqualTo(422);
		assertThat(earlier.errorFields()).containsExactly("validFrom");
		Reply undated = this.api.post("/api/v1/positions", position("russia", "SUPPORTS", null));
		assertThat(undated.status()).isEqualTo(422);
		assertThat(undated.errorFields()).containsExactly("validFrom");
		assertThat(currentIds()).hasSize(1);
		assertThat(create(position("russia", "SUPPORTS", "2025-08-15")).bool("current")).isTrue();
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
			Reply reply = this.api.withoutRequestCheck().post("/api/v1/positions", body);
			assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
			assertThat(reply.errorFields()).as(field).containsExactly(field);
		});
		Reply unknownProperty = this.api.withoutRequestCheck()
			.post("/api/v1/positions", with(valid, (b) -> b.put("confidence", 1)));
		assertThat(unknownProperty.status()).isEqualTo(400);
		assertThat(unknownProperty.detail()).contains("'confidence'");
		Reply badStance = this.api.withoutRequestCheck()
			.post("/api/v1/positions", with(valid, (b) -> b.put("stance", "MAYBE")));
		assertThat(badStance.status()).isEqualTo(400);

		Reply evidence = this.api.withoutRequestCheck()
			.post("/api/v1/positions",
					with(valid, (b) -> b.put("evidence", List.of(Map.of("article", "us-pushes-for-peace-deal"),
							Map.of("statementId", 999999999), Map.of("article", "no-such-article")))));
		evidence.assertStatus(422);
		assertThat(evidence.errorFields()).containsExactly("evidence[1].statementId", "evidence[2].article");
		Reply actor = this.api.withoutRequestCheck()
			.post("/api/v1/positions", with(valid, (b) -> b.put("actor", "nobody-at-all")));
		assertThat(actor.status()).isEqualTo(422);
		assertThat(actor.errorFields()).containsExactly("actor");
		Reply issue = this.api.withoutRequestCheck()
			.post("/api/v1/positions", with(valid, (b) -> b.put("issue", "no-such-issue")));
		assertThat(issue.status()).isEqualTo(422);
		assertThat(issue.errorFields()).containsExactly("issue");
		Reply missing = this.api.withoutRequestCheck().post("/api/v1/positions", with(valid, (b) -> {
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
		assertThat(this.api.withoutRequestCheck().put(uri, body).status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"5\"").put(uri, body).status()).isEqualTo(412);

		Reply replaced = this.api.withoutRequestCheck().ifMatch(created.etag()).put(uri, body);
		replaced.assertStatus(200);
		assertThat(replaced.etag()).startsWith("\"1-");
		assertThat(replaced.longValue("id")).isEqualTo(created.longValue("id"));
		assertThat(replaced.string("stance")).isEqualTo("CONDITIONAL");
		assertThat(replaced.string("validFrom")).isEqualTo("2025-08-02");
		assertThat(replaced.strings("evidence.*.type")).containsExactly("STATEMENT");

		Reply otherActor = this.api.withoutRequestCheck()
			.ifMatch(replaced.etag())
			.put(uri, with(body, (b) -> b.put("actor", "ukraine")));
		assertThat(otherActor.status()).isEqualTo(422);
		assertThat(otherActor.errorFields()).containsExactly("actor");
		Reply otherIssue = this.api.withoutRequestCheck()
			.ifMatch(replaced.etag())
			.patch(uri, "{\"issue\":\"ceasefire\"}");
		assertThat(otherIssue.status()).isEqualTo(422);
		assertThat(otherIssue.errorFields()).containsExactly("issue");

		// changing only the evidence is a new version too
		Reply patched = this.api.withoutRequestCheck()
			.ifMatch(replaced.etag())
			.patch(uri, "{\"evidence\":[{\"article\":\"us-pushes-for-peace-deal\"}]}");
		patched.assertStatus(200);
		assertThat(patched.etag()).startsWith("\"2-");
		assertThat(patched.string("stance")).isEqualTo("CONDITIONAL");
		assertThat(patched.strings("evidence.*.type")).containsExactly("ARTICLE");
		assertThat(this.api.withoutRequestCheck().ifMatch(replaced.etag()).patch(uri, "{\"summary\":\"x\"}").status())
			.isEqualTo(412);
		Reply noEvidence = this.api.withoutRequestCheck().ifMatch(patched.etag()).patch(uri, "{\"evidence\":null}");
		assertThat(noEvidence.status()).isEqualTo(400);
		assertThat(noEvidence.errorFields()).containsExactly("evidence");

		assertThat(history(id(created)).strings("*.change")).containsExactly("CREATED", "UPDATED", "UPDATED");
		assertThat(this.api.withoutRequestCheck().ifMatch("\"0\"").put("/api/v1/positions/999999999", body).status())
			.isEqualTo(404);
	}

	@Test
	void aCorrectedDateMustKeepTheChainInOrder() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		Reply afterSuccessor = this.api.ifMatch(first.etag()).patch(first.location(), "{\"validFrom\":\"2025-08-20\"}");
		assertThat(afterSuccessor.status()).isEqualTo(422);
		assertThat(afterSuccessor.errorFields()).containsExactly("validFrom");
		Reply beforePredecessor = this.api.ifMatch(second.etag())
			.patch(second.location(), "{\"validFrom\":\"2025-07-01\"}");
		assertThat(beforePredecessor.status()).isEqualTo(422);
		assertThat(beforePredecessor.errorFields()).containsExactly("validFrom");
		assertThat(this.api.ifMatch(first.etag()).patch(first.location(), "{\"validFrom\":\"2025-08-15\"}").status())
			.isEqualTo(200);
	}

	@Test
	void onlyTheCurrentPositionCanBeDeletedAndThenTheOneBeforeIsCurrentAgain() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(position("russia", "SUPPORTS", "2025-08-15"));
		Reply refused = this.api.withoutRequestCheck().ifMatch(first.etag()).delete(first.location());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.string("existing")).isEqualTo(second.location());
		assertThat(this.api.withoutRequestCheck().delete(second.location()).status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"9\"").delete(second.location()).status()).isEqualTo(412);

		assertThat(this.api.withoutRequestCheck().ifMatch(second.etag()).delete(second.location()).status())
			.isEqualTo(204);
		assertThat(this.api.withoutRequestCheck().get(second.location()).status()).isEqualTo(404);
		assertThat(currentIds()).containsExactly(first.longValue("id"));
		Reply firstAgain = this.api.withoutRequestCheck().get(first.location()).assertStatus(200);
		assertThat(firstAgain.bool("position.current")).isTrue();
		assertThat(firstAgain.isNull("position.supersededById")).isTrue();
		assertThat(stanceOn("2025-08-20", "russia")).isEqualTo("OPPOSES");

		Reply history = history(id(second));
		assertThat(history.strings("*.change")).containsExactly("CREATED", "DELETED");
		assertThat(history.strings("*.state.stance")).hasSize(2).containsOnly("SUPPORTS");
		assertThat(history.list("*.state.supersedesId")).extracting(JsonNode::longValue)
			.hasSize(2)
			.containsOnly(first.longValue("id"));
		assertThat(history.list("1.state.evidence")).hasSize(1);
		assertThat(this.api.withoutRequestCheck().get("/api/v1/positions/999999999/history").status()).isEqualTo(404);
	}

	@Test
	void restoreRecordsADeletedPositionAgainInItsPlace() {
		Reply first = create(position("russia", "OPPOSES", "2025-08-01"));
		Reply second = create(with(position("russia", "SUPPORTS", "2025-08-15"),
				(b) -> b.put("evidence", List.of(Map.of("statementId", this.statementId)))));
		assertThat(this.api.post(second.location() + "/restore", null).status()).as("it exists").isEqualTo(409);
		assertThat(this.api.ifMatch(second.etag()).delete(second.location()).status()).isEqualTo(204);

		Reply restored = this.api.post(second.location() + "/restore", null);
		restored.assertStatus(201);
		assertThat(id(restored)).isNotEqualTo(id(second));
		assertThat(restored.location()).isEqualTo("/api/v1/positions/" + id(restored));
		assertThat(restored.string("stance")).isEqualTo("SUPPORTS");
		assertThat(restored.string("validFrom")).isEqualTo("2025-08-15");
		assertThat(restored.longValue("supersedesId")).isEqualTo(first.longValue("id"));
		assertThat(restored.bool("current")).isTrue();
		assertThat(restored.list("evidence.*.statementId")).extracting(JsonNode::longValue)
			.containsExactly(this.statementId);
		assertThat(currentIds()).containsExactly(restored.longValue("id"));

		// the stance has moved on: the restored copy now supersedes the first position
		Reply again = this.api.post(second.location() + "/restore", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.string("existing")).isEqualTo(restored.location());
		assertThat(this.api.post("/api/v1/positions/999999999/restore", null).status()).isEqualTo(404);
	}

	@Test
	void restoringAFirstPositionIsRefusedOnceAnotherStandsInItsPlace() {
		Reply first = create(position("ukraine", "OPPOSES", "2025-08-01"));
		assertThat(this.api.ifMatch(first.etag()).delete(first.location()).status()).isEqualTo(204);
		Reply replacement = create(position("ukraine", "SUPPORTS", "2025-08-01"));
		assertThat(replacement.isNull("supersedesId")).isTrue();
		Reply refused = this.api.post(first.location() + "/restore", null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(this.api.ifMatch(replacement.etag()).delete(replacement.location()).status()).isEqualTo(204);
		Reply restored = this.api.post(first.location() + "/restore", null);
		assertThat(restored.status()).isEqualTo(201);
		assertThat(restored.string("stance")).isEqualTo("OPPOSES");
		assertThat(restored.isNull("supersedesId")).isTrue();
	}

}
