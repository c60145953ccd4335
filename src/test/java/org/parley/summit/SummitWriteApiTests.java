package org.parley.summit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, replacing, patching, deleting and restoring events. Every event made here has
 * a fresh slug and is deleted at the end, so other tests see the seed unchanged.
 */
@ApiTest
@AsEditor
class SummitWriteApiTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	final List<String> created = new ArrayList<>();

	final List<Long> insertedStatements = new ArrayList<>();

	@AfterEach
	void deleteWhatWasCreated() {
		this.insertedStatements.forEach((id) -> this.jdbc.sql("delete from statement where id = ?").param(id).update());
		for (String slug : this.created) {
			Reply current = this.api.get("/api/v1/summits/" + slug);
			if (current.status() == 200) {
				assertThat(
						this.api.ifMatch(current.etag()).delete("/api/v1/summits/" + slug + "?cascade=true").status())
					.isEqualTo(204);
			}
		}
	}

	String newSlug() {
		String slug = "test-summit-" + UUID.randomUUID().toString().substring(0, 8);
		this.created.add(slug);
		return slug;
	}

	static Map<String, Object> summit(String slug) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("slug", slug);
		body.put("title", "Test talks in Geneva");
		body.put("kind", "BILATERAL_MEETING");
		body.put("status", "PLANNED");
		body.put("startDate", "2025-09-01");
		body.put("endDate", "2025-09-02");
		body.put("location", Map.of("name", "Geneva", "latitude", 46.2044, "longitude", 6.1432));
		body.put("participants", List.of(Map.of("actor", "donald-trump", "role", "HOST"),
				Map.of("actor", "vladimir-putin", "role", "PARTICIPANT")));
		body.put("sources", List.of("us-pushes-for-peace-deal"));
		body.put("summary", "Proposed follow-up talks.");
		body.put("outcome", null);
		return body;
	}

	static Map<String, Object> with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
		Map<String, Object> copy = new HashMap<>(body);
		change.accept(copy);
		return copy;
	}

	static List<String> participants(JsonNode summit) {
		return summit.path("participants")
			.valueStream()
			.map((p) -> p.path("actor").path("slug").stringValue() + ":" + p.path("role").stringValue())
			.toList();
	}

	static List<String> sources(JsonNode summit) {
		return summit.path("sources").valueStream().map((s) -> s.path("slug").stringValue()).toList();
	}

	Reply create(String slug) {
		Reply reply = this.api.post("/api/v1/summits", summit(slug));
		reply.assertStatus(201);
		return reply;
	}

	@Test
	void createIs201WithLocationETagAndTheStoredEvent() {
		String slug = newSlug();
		Reply reply = create(slug);
		assertThat(reply.location()).isEqualTo("/api/v1/summits/" + slug);
		assertThat(reply.etag()).startsWith("\"0-");
		assertThat(reply.string("slug")).isEqualTo(slug);
		assertThat(reply.string("status")).isEqualTo("PLANNED");
		assertThat(participants(reply.json())).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(sources(reply.json())).containsExactly("us-pushes-for-peace-deal");
		assertThat(reply.intValue("sourceCount")).isEqualTo(1);
		assertThat(reply.string("location.name")).isEqualTo("Geneva");

		Reply read = this.api.get("/api/v1/summits/" + slug).assertStatus(200);
		assertThat(participants(read.json())).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(this.api.get("/api/v1/summits?actor=vladimir-putin&size=100")
			.assertStatus(200)
			.strings("content.*.slug")).contains(slug);
	}

	@Test
	void readCarriesAnETagAndAnswersIfNoneMatchWith304() {
		Reply read = this.api.get("/api/v1/summits/alaska-summit-2025-08-15");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).matches("\"\\d+-[0-9a-f]+\"");
		assertThat(this.api.ifNoneMatch(read.etag()).get("/api/v1/summits/alaska-summit-2025-08-15").status())
			.isEqualTo(304);
		assertThat(this.api.ifNoneMatch("\"0-1\"").get("/api/v1/summits/alaska-summit-2025-08-15").status())
			.isEqualTo(200);
	}

	@Test
	void aTakenSlugIsA409Problem() {
		Reply seeded = this.api.post("/api/v1/summits", summit("alaska-summit-2025-08-15"));
		assertThat(seeded.status()).isEqualTo(409);
		assertThat(seeded.type()).isEqualTo("urn:parley:problem:conflict");
		assertThat(seeded.string("existing")).isEqualTo("/api/v1/summits/alaska-summit-2025-08-15");
		String slug = newSlug();
		create(slug);
		assertThat(this.api.post("/api/v1/summits", summit(slug)).status()).isEqualTo(409);
	}

	@Test
	void eachInvalidFieldIsA400ProblemNamingIt() {
		Map<String, Object> valid = summit("never-created");
		Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
		cases.put("slug", with(valid, (b) -> b.put("slug", "Not A Slug")));
		cases.put("title", with(valid, (b) -> b.put("title", " ")));
		cases.put("kind", with(valid, (b) -> b.remove("kind")));
		cases.put("status", with(valid, (b) -> b.put("status", null)));
		cases.put("endDate", with(valid, (b) -> b.put("endDate", "2025-08-31")));
		cases.put("location.latitude",
				with(valid, (b) -> b.put("location", Map.of("name", "x", "latitude", 91, "longitude", 0))));
		cases.put("location.longitude",
				with(valid, (b) -> b.put("location", Map.of("latitude", 0, "longitude", -180.5))));
		cases.put("location.name", with(valid, (b) -> b.put("location", Map.of("name", "x".repeat(301)))));
		cases.put("participants[0].role",
				with(valid, (b) -> b.put("participants", List.of(Map.of("actor", "donald-trump")))));
		cases.put("summary", with(valid, (b) -> b.put("summary", "x".repeat(20001))));
		cases.put("outcome", with(valid, (b) -> b.put("outcome", "x".repeat(20001))));
		cases.forEach((field, body) -> {
			Reply reply = this.api.withoutRequestCheck().post("/api/v1/summits", body);
			assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
			assertThat(reply.type()).isEqualTo("urn:parley:problem:invalid-body");
			assertThat(reply.errorFields()).as(field).containsExactly(field);
		});
		Reply halfCoordinates = this.api.withoutRequestCheck()
			.post("/api/v1/summits", with(valid, (b) -> b.put("location", Map.of("name", "Geneva", "latitude", 46.2))));
		assertThat(halfCoordinates.status()).isEqualTo(400);
		assertThat(halfCoordinates.errorFields()).containsExactly("location.longitude");
		Reply unknown = this.api.withoutRequestCheck()
			.post("/api/v1/summits", with(valid, (b) -> b.put("venue", "Geneva")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("'venue'");
		assertThat(this.api.withoutRequestCheck().get("/api/v1/summits/never-created").status()).isEqualTo(404);
	}

	@Test
	void unknownOrRepeatedActorsAndUnknownArticlesAre422ProblemsNamingThePath() {
		Reply reply = this.api.post("/api/v1/summits", with(summit("never-created"), (b) -> {
			b.put("participants",
					List.of(Map.of("actor", "donald-trump", "role", "HOST"),
							Map.of("actor", "vladimir-putin", "role", "PARTICIPANT"),
							Map.of("actor", "nobody-at-all", "role", "MEDIATOR"),
							Map.of("actor", "donald-trump", "role", "PARTICIPANT")));
			b.put("sources", List.of("us-pushes-for-peace-deal", "no-such-article"));
		}));
		reply.assertStatus(422);
		assertThat(reply.type()).isEqualTo("urn:parley:problem:unprocessable");
		assertThat(reply.errorFields()).containsExactly("participants[2].actor", "participants[3].actor", "sources[1]");
		Reply noSlug = this.api.post("/api/v1/summits", with(summit("x"), (b) -> b.remove("slug")));
		assertThat(noSlug.status()).isEqualTo(422);
		assertThat(noSlug.errorFields()).containsExactly("slug");
		assertThat(this.api.get("/api/v1/summits/never-created").status()).isEqualTo(404);
	}

	@Test
	void replaceNeedsTheCurrentVersionAndReplacesParticipantsAndSources() {
		String slug = newSlug();
		String etag = create(slug).etag();
		String uri = "/api/v1/summits/" + slug;
		Map<String, Object> body = with(summit(slug), (b) -> {
			b.put("status", "HELD");
			// putin only changes role, trump leaves, zelenskyy joins
			b.put("participants", List.of(Map.of("actor", "vladimir-putin", "role", "HOST"),
					Map.of("actor", "volodymyr-zelenskyy", "role", "PARTICIPANT")));
			b.put("sources", List.of("alaska-summit-cautiously-positive", "us-pushes-for-peace-deal"));
		});
		Reply missing = this.api.withoutRequestCheck().put(uri, body);
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.type()).isEqualTo("urn:parley:problem:precondition-required");
		Reply stale = this.api.withoutRequestCheck().ifMatch("\"7\"").put(uri, body);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.intValue("currentVersion")).isEqualTo(0);

		Reply replaced = this.api.withoutRequestCheck().ifMatch(etag).put(uri, body);
		replaced.assertStatus(200);
		assertThat(replaced.etag()).startsWith("\"1-");
		assertThat(replaced.string("status")).isEqualTo("HELD");
		assertThat(replaced.intValue("sourceCount")).isEqualTo(2);
		assertThat(participants(replaced.json())).containsExactly("vladimir-putin:HOST",
				"volodymyr-zelenskyy:PARTICIPANT");
		assertThat(sources(replaced.json())).containsExactly("alaska-summit-cautiously-positive",
				"us-pushes-for-peace-deal");
		assertThat(this.api.withoutRequestCheck().ifMatch(etag).put(uri, body).status()).as("the old ETag is stale now")
			.isEqualTo(412);

		// changing only a role is a change of the event too: new version, new revision
		Reply roleOnly = this.api.withoutRequestCheck()
			.ifMatch(replaced.etag())
			.put(uri, with(body,
					(b) -> b.put("participants", List.of(Map.of("actor", "vladimir-putin", "role", "PARTICIPANT"),
							Map.of("actor", "volodymyr-zelenskyy", "role", "PARTICIPANT")))));
		roleOnly.assertStatus(200);
		assertThat(roleOnly.etag()).startsWith("\"2-");
		assertThat(participants(roleOnly.json())).containsExactly("vladimir-putin:PARTICIPANT",
				"volodymyr-zelenskyy:PARTICIPANT");

		Reply history = history(slug);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED", "UPDATED");
		assertThat(participants(history.json("2.state"))).containsExactly("vladimir-putin:PARTICIPANT",
				"volodymyr-zelenskyy:PARTICIPANT");

		Reply renamed = this.api.withoutRequestCheck()
			.ifMatch(roleOnly.etag())
			.put(uri, with(body, (b) -> b.put("slug", "another-slug")));
		assertThat(renamed.status()).isEqualTo(422);
		assertThat(renamed.errorFields()).containsExactly("slug");
		Reply unknownActor = this.api.withoutRequestCheck()
			.ifMatch(roleOnly.etag())
			.put(uri, with(body,
					(b) -> b.put("participants", List.of(Map.of("actor", "nobody-at-all", "role", "HOST")))));
		assertThat(unknownActor.status()).isEqualTo(422);
		assertThat(unknownActor.errorFields()).containsExactly("participants[0].actor");
		assertThat(this.api.withoutRequestCheck()
			.ifMatch("\"0\"")
			.put("/api/v1/summits/no-such-summit", summit("no-such-summit"))
			.status()).isEqualTo(404);
	}

	@Test
	void mergePatchChangesOnlyWhatItNames() {
		String slug = newSlug();
		String etag = create(slug).etag();
		String uri = "/api/v1/summits/" + slug;
		assertThat(this.api.withoutRequestCheck().patch(uri, "{\"title\":\"x\"}").status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"3\"").patch(uri, "{\"title\":\"x\"}").status())
			.isEqualTo(412);

		Reply patched = this.api.withoutRequestCheck()
			.ifMatch(etag)
			.patch(uri,
					"{\"title\":\"Geneva talks, postponed\",\"status\":\"CANCELLED\",\"location\":{\"latitude\":null,\"longitude\":null}}");
		patched.assertStatus(200);
		assertThat(patched.string("title")).isEqualTo("Geneva talks, postponed");
		assertThat(patched.string("status")).isEqualTo("CANCELLED");
		assertThat(patched.string("startDate")).isEqualTo("2025-09-01");
		assertThat(patched.string("summary")).isEqualTo("Proposed follow-up talks.");
		assertThat(patched.string("location.name")).isEqualTo("Geneva");
		assertThat(patched.isNull("location.latitude")).isTrue();
		assertThat(participants(patched.json())).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");

		Reply participants = this.api.withoutRequestCheck()
			.ifMatch(patched.etag())
			.patch(uri, "{\"participants\":[{\"actor\":\"vladimir-putin\",\"role\":\"MEDIATOR\"}],\"sources\":null}");
		participants.assertStatus(200);
		assertThat(participants(participants.json())).containsExactly("vladimir-putin:MEDIATOR");
		assertThat(sources(participants.json())).isEmpty();

		Reply invalid = this.api.withoutRequestCheck()
			.ifMatch(participants.etag())
			.patch(uri, "{\"endDate\":\"2025-01-01\",\"colour\":1}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactly("colour");
		Reply badDate = this.api.withoutRequestCheck()
			.ifMatch(participants.etag())
			.patch(uri, "{\"endDate\":\"2025-01-01\"}");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.errorFields()).containsExactly("endDate");
		Reply slug2 = this.api.withoutRequestCheck().ifMatch(participants.etag()).patch(uri, "{\"slug\":\"other\"}");
		assertThat(slug2.status()).isEqualTo(422);
		Reply unknownArticle = this.api.withoutRequestCheck()
			.ifMatch(participants.etag())
			.patch(uri, "{\"sources\":[\"nope\"]}");
		assertThat(unknownArticle.status()).isEqualTo(422);
		assertThat(unknownArticle.errorFields()).containsExactly("sources[0]");
	}

	@Test
	void historyRecordsEveryRevisionAndRestoreBringsADeletedEventBack() {
		String slug = newSlug();
		String uri = "/api/v1/summits/" + slug;
		Reply created = create(slug);
		Reply patched = this.api.withoutRequestCheck()
			.ifMatch(created.etag())
			.patch(uri, "{\"participants\":[{\"actor\":\"vladimir-putin\",\"role\":\"HOST\"}]}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(this.api.withoutRequestCheck().delete(uri).status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch(created.etag()).delete(uri).status()).isEqualTo(412);
		assertThat(this.api.withoutRequestCheck().ifMatch(patched.etag()).delete(uri).status()).isEqualTo(204);
		assertThat(this.api.withoutRequestCheck().get(uri).status()).isEqualTo(404);

		Reply history = history(slug);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history.list("*.state")).extracting(SummitWriteApiTests::participants)
			.containsExactly(List.of("donald-trump:HOST", "vladimir-putin:PARTICIPANT"), List.of("vladimir-putin:HOST"),
					List.of("vladimir-putin:HOST"));
		assertThat(history.list("")).allSatisfy((h) -> assertThat(h.propertyNames()).contains("revision", "at", "by"));
		assertThat(history.longValue("0.revision")).isLessThan(history.longValue("2.revision"));

		Reply restored = this.api.withoutRequestCheck().post(uri + "/restore", null);
		restored.assertStatus(201);
		assertThat(restored.location()).isEqualTo(uri);
		assertThat(participants(restored.json())).containsExactly("vladimir-putin:HOST");
		assertThat(sources(restored.json())).containsExactly("us-pushes-for-peace-deal");
		assertThat(this.api.withoutRequestCheck().get(uri).assertStatus(200).string("title"))
			.isEqualTo("Test talks in Geneva");
		assertThat(this.api.withoutRequestCheck().post(uri + "/restore", null).status()).isEqualTo(409);
		assertThat(history(slug).strings("*.change")).containsExactly("CREATED", "UPDATED", "DELETED", "CREATED");

		assertThat(this.api.withoutRequestCheck().get("/api/v1/summits/never-existed/history").status()).isEqualTo(404);
		assertThat(this.api.withoutRequestCheck().post("/api/v1/summits/never-existed/restore", null).status())
			.isEqualTo(404);
	}

	@Test
	void deleteIsRefusedWhileStatementsWereMadeThereUnlessCascadeUnlinksThem() {
		Reply seeded = this.api.get("/api/v1/summits/alaska-joint-press-conference-2025-08-15");
		Reply refused = this.api.ifMatch(seeded.etag())
			.delete("/api/v1/summits/alaska-joint-press-conference-2025-08-15");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail()).contains("cascade=true");

		String slug = newSlug();
		String etag = create(slug).etag();
		long statement = insertStatementAt(slug);
		assertThat(this.api.get("/api/v1/summits/" + slug).assertStatus(200).list("statements")).hasSize(1);
		assertThat(this.api.ifMatch(etag).delete("/api/v1/summits/" + slug).status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/summits/" + slug).status()).isEqualTo(200);

		assertThat(this.api.ifMatch(etag).delete("/api/v1/summits/" + slug + "?cascade=true").status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/summits/" + slug).status()).isEqualTo(404);
		Reply kept = this.api.get("/api/v1/statements/{id}", statement).assertStatus(200);
		assertThat(kept.string("summit")).isNull();
	}

	@Test
	void aCascadingDeleteUnlinksEachStatementThroughItsOwnHistory() {
		String slug = newSlug();
		String etag = create(slug).etag();
		String article = "test-article-" + UUID.randomUUID().toString().substring(0, 8);
		String quote = "We will meet again in Geneva, " + article;
		this.api.post("/api/v1/articles", Map.of("slug", article, "title", "Fixture", "language", "en", "body",
				"The president said: \"" + quote + ".\" Nothing else was said."))
			.assertStatus(201);
		try {
			long statement = this.api
				.post("/api/v1/statements", Map.of("speaker", "donald-trump", "text", quote, "kind", "DIRECT_QUOTE",
						"article", article, "summit", slug))
				.assertStatus(201)
				.longValue("id");
			Reply before = this.api.get("/api/v1/statements/{id}", statement).assertStatus(200);

			assertThat(this.api.ifMatch(etag).delete("/api/v1/summits/" + slug + "?cascade=true").status())
				.isEqualTo(204);

			Reply after = this.api.get("/api/v1/statements/{id}", statement).assertStatus(200);
			assertThat(after.isNull("summit")).isTrue();
			assertThat(after.etag()).isNotEqualTo(before.etag());
			Reply history = this.api.get("/api/v1/statements/{id}/history", statement).assertStatus(200);
			assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED");
			assertThat(history.string("0.state.summit.slug")).isEqualTo(slug);
			assertThat(history.isNull("1.state.summit")).isTrue();
			assertThat(history.string("1.state.text")).isEqualTo(quote);
			assertThat(history.has("1.by")).isTrue();
		}
		finally {
			this.api.ifMatch("*").delete("/api/v1/articles/" + article + "?cascade=true").assertStatus(204);
		}
	}

	Reply history(String slug) {
		return this.api.get("/api/v1/summits/" + slug + "/history").assertStatus(200);
	}

	/**
	 * A copy of a seeded statement, said at the event (statements have no write API yet).
	 */
	long insertStatementAt(String slug) {
		long id = this.jdbc.sql("""
				insert into statement (speaker_id, text, kind, stated_on, summit_id, how_said, article_id,
				                       start_offset, end_offset)
				select speaker_id, text, kind, stated_on, (select id from summit where slug = :slug), how_said,
				       article_id, start_offset, end_offset
				from statement order by id limit 1
				returning id""").param("slug", slug).query(Long.class).single();
		this.insertedStatements.add(id);
		return id;
	}

}
