package org.parley.summit;

import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating, replacing, patching, deleting and restoring events. Every event made here has
 * a fresh slug and is deleted at the end, so other tests see the seed unchanged.
 */
@ApiTest
@SuppressWarnings("unchecked")
class SummitWriteApiTests {

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

	@Autowired
	JdbcClient jdbc;

	Writes writes;

	final List<String> created = new ArrayList<>();

	final List<Long> insertedStatements = new ArrayList<>();

	@org.junit.jupiter.api.BeforeEach
	void setUp() {
		this.writes = new Writes(this.http);
	}

	@AfterEach
	void deleteWhatWasCreated() {
		this.insertedStatements.forEach((id) -> this.jdbc.sql("delete from statement where id = ?").param(id).update());
		for (String slug : this.created) {
			Reply current = this.writes.get("/api/v1/summits/" + slug);
			if (current.status() == 200) {
				assertThat(this.writes.delete("/api/v1/summits/" + slug + "?cascade=true", current.etag()).status())
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

	static List<String> participants(Map<String, Object> summit) {
		return ((List<Map<String, Object>>) summit.get("participants")).stream()
			.map((p) -> Json.at(p, "actor").get("slug") + ":" + p.get("role"))
			.toList();
	}

	static List<String> sources(Map<String, Object> summit) {
		return ((List<Map<String, Object>>) summit.get("sources")).stream().map((s) -> (String) s.get("slug")).toList();
	}

	Reply create(String slug) {
		Reply reply = this.writes.post("/api/v1/summits", summit(slug));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
		return reply;
	}

	@Test
	void createIs201WithLocationETagAndTheStoredEvent() {
		String slug = newSlug();
		Reply reply = create(slug);
		assertThat(reply.location()).isEqualTo("/api/v1/summits/" + slug);
		assertThat(reply.etag()).startsWith("\"0-");
		assertThat(reply.body()).containsEntry("slug", slug).containsEntry("status", "PLANNED");
		assertThat(participants(reply.body())).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(sources(reply.body())).containsExactly("us-pushes-for-peace-deal");
		assertThat(reply.body()).containsEntry("sourceCount", 1);
		assertThat(Json.at(reply.body(), "location")).containsEntry("name", "Geneva");

		Map<String, Object> read = Json.get(this.http, "/api/v1/summits/" + slug);
		assertThat(participants(read)).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");
		assertThat(Json.content(this.http, "/api/v1/summits?actor=vladimir-putin&size=100"))
			.extracting((s) -> s.get("slug"))
			.contains(slug);
	}

	@Test
	void readCarriesAnETagAndAnswersIfNoneMatchWith304() {
		Reply read = this.writes.get("/api/v1/summits/alaska-summit-2025-08-15");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).matches("\"\\d+-[0-9a-f]+\"");
		assertThat(this.writes.getIfNoneMatch("/api/v1/summits/alaska-summit-2025-08-15", read.etag()).status())
			.isEqualTo(304);
		assertThat(this.writes.getIfNoneMatch("/api/v1/summits/alaska-summit-2025-08-15", "\"0-1\"").status())
			.isEqualTo(200);
	}

	@Test
	void aTakenSlugIsA409Problem() {
		Reply seeded = this.writes.post("/api/v1/summits", summit("alaska-summit-2025-08-15"));
		assertThat(seeded.status()).isEqualTo(409);
		assertThat(seeded.type()).isEqualTo("urn:parley:problem:conflict");
		assertThat(seeded.body()).containsEntry("existing", "/api/v1/summits/alaska-summit-2025-08-15");
		String slug = newSlug();
		create(slug);
		assertThat(this.writes.post("/api/v1/summits", summit(slug)).status()).isEqualTo(409);
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
			Reply reply = this.writes.post("/api/v1/summits", body);
			assertThat(reply.status()).as(field + ": " + reply).isEqualTo(400);
			assertThat(reply.type()).isEqualTo("urn:parley:problem:invalid-body");
			assertThat(reply.errorFields()).as(field).containsExactly(field);
		});
		Reply halfCoordinates = this.writes.post("/api/v1/summits",
				with(valid, (b) -> b.put("location", Map.of("name", "Geneva", "latitude", 46.2))));
		assertThat(halfCoordinates.status()).isEqualTo(400);
		assertThat(halfCoordinates.errorFields()).containsExactly("location.longitude");
		Reply unknown = this.writes.post("/api/v1/summits", with(valid, (b) -> b.put("venue", "Geneva")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat((String) unknown.body().get("detail")).contains("'venue'");
		assertThat(this.writes.get("/api/v1/summits/never-created").status()).isEqualTo(404);
	}

	@Test
	void unknownOrRepeatedActorsAndUnknownArticlesAre422ProblemsNamingThePath() {
		Reply reply = this.writes.post("/api/v1/summits", with(summit("never-created"), (b) -> {
			b.put("participants",
					List.of(Map.of("actor", "donald-trump", "role", "HOST"),
							Map.of("actor", "vladimir-putin", "role", "PARTICIPANT"),
							Map.of("actor", "nobody-at-all", "role", "MEDIATOR"),
							Map.of("actor", "donald-trump", "role", "PARTICIPANT")));
			b.put("sources", List.of("us-pushes-for-peace-deal", "no-such-article"));
		}));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
		assertThat(reply.type()).isEqualTo("urn:parley:problem:unprocessable");
		assertThat(reply.errorFields()).containsExactly("participants[2].actor", "participants[3].actor", "sources[1]");
		Reply noSlug = this.writes.post("/api/v1/summits", with(summit("x"), (b) -> b.remove("slug")));
		assertThat(noSlug.status()).isEqualTo(422);
		assertThat(noSlug.errorFields()).containsExactly("slug");
		assertThat(this.writes.get("/api/v1/summits/never-created").status()).isEqualTo(404);
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
		Reply missing = this.writes.put(uri, null, body);
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.type()).isEqualTo("urn:parley:problem:precondition-required");
		Reply stale = this.writes.put(uri, "\"7\"", body);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body()).containsEntry("currentVersion", 0);

		Reply replaced = this.writes.put(uri, etag, body);
		assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
		assertThat(replaced.etag()).startsWith("\"1-");
		assertThat(replaced.body()).containsEntry("status", "HELD").containsEntry("sourceCount", 2);
		assertThat(participants(replaced.body())).containsExactly("vladimir-putin:HOST",
				"volodymyr-zelenskyy:PARTICIPANT");
		assertThat(sources(replaced.body())).containsExactly("alaska-summit-cautiously-positive",
				"us-pushes-for-peace-deal");
		assertThat(this.writes.put(uri, etag, body).status()).as("the old ETag is stale now").isEqualTo(412);

		// changing only a role is a change of the event too: new version, new revision
		Reply roleOnly = this.writes.put(uri, replaced.etag(),
				with(body,
						(b) -> b.put("participants", List.of(Map.of("actor", "vladimir-putin", "role", "PARTICIPANT"),
								Map.of("actor", "volodymyr-zelenskyy", "role", "PARTICIPANT")))));
		assertThat(roleOnly.status()).as(roleOnly.toString()).isEqualTo(200);
		assertThat(roleOnly.etag()).startsWith("\"2-");
		assertThat(participants(roleOnly.body())).containsExactly("vladimir-putin:PARTICIPANT",
				"volodymyr-zelenskyy:PARTICIPANT");

		List<Map<String, Object>> history = history(slug);
		assertThat(history).extracting((h) -> h.get("change")).containsExactly("CREATED", "UPDATED", "UPDATED");
		assertThat(participants(Json.at(history.get(2), "state"))).containsExactly("vladimir-putin:PARTICIPANT",
				"volodymyr-zelenskyy:PARTICIPANT");

		Reply renamed = this.writes.put(uri, roleOnly.etag(), with(body, (b) -> b.put("slug", "another-slug")));
		assertThat(renamed.status()).isEqualTo(422);
		assertThat(renamed.errorFields()).containsExactly("slug");
		Reply unknownActor = this.writes.put(uri, roleOnly.etag(),
				with(body, (b) -> b.put("participants", List.of(Map.of("actor", "nobody-at-all", "role", "HOST")))));
		assertThat(unknownActor.status()).isEqualTo(422);
		assertThat(unknownActor.errorFields()).containsExactly("participants[0].actor");
		assertThat(this.writes.put("/api/v1/summits/no-such-summit", "\"0\"", summit("no-such-summit")).status())
			.isEqualTo(404);
	}

	@Test
	void mergePatchChangesOnlyWhatItNames() {
		String slug = newSlug();
		String etag = create(slug).etag();
		String uri = "/api/v1/summits/" + slug;
		assertThat(this.writes.patch(uri, null, "{\"title\":\"x\"}").status()).isEqualTo(428);
		assertThat(this.writes.patch(uri, "\"3\"", "{\"title\":\"x\"}").status()).isEqualTo(412);

		Reply patched = this.writes.patch(uri, etag,
				"{\"title\":\"Geneva talks, postponed\",\"status\":\"CANCELLED\",\"location\":{\"latitude\":null,\"longitude\":null}}");
		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.body()).containsEntry("title", "Geneva talks, postponed")
			.containsEntry("status", "CANCELLED")
			.containsEntry("startDate", "2025-09-01")
			.containsEntry("summary", "Proposed follow-up talks.");
		assertThat(Json.at(patched.body(), "location")).containsEntry("name", "Geneva").containsEntry("latitude", null);
		assertThat(participants(patched.body())).containsExactly("donald-trump:HOST", "vladimir-putin:PARTICIPANT");

		Reply participants = this.writes.patch(uri, patched.etag(),
				"{\"participants\":[{\"actor\":\"vladimir-putin\",\"role\":\"MEDIATOR\"}],\"sources\":null}");
		assertThat(participants.status()).as(participants.toString()).isEqualTo(200);
		assertThat(participants(participants.body())).containsExactly("vladimir-putin:MEDIATOR");
		assertThat(sources(participants.body())).isEmpty();

		Reply invalid = this.writes.patch(uri, participants.etag(), "{\"endDate\":\"2025-01-01\",\"colour\":1}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactly("colour");
		Reply badDate = this.writes.patch(uri, participants.etag(), "{\"endDate\":\"2025-01-01\"}");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.errorFields()).containsExactly("endDate");
		Reply slug2 = this.writes.patch(uri, participants.etag(), "{\"slug\":\"other\"}");
		assertThat(slug2.status()).isEqualTo(422);
		Reply unknownArticle = this.writes.patch(uri, participants.etag(), "{\"sources\":[\"nope\"]}");
		assertThat(unknownArticle.status()).isEqualTo(422);
		assertThat(unknownArticle.errorFields()).containsExactly("sources[0]");
	}

	@Test
	void historyRecordsEveryRevisionAndRestoreBringsADeletedEventBack() {
		String slug = newSlug();
		String uri = "/api/v1/summits/" + slug;
		Reply created = create(slug);
		Reply patched = this.writes.patch(uri, created.etag(),
				"{\"participants\":[{\"actor\":\"vladimir-putin\",\"role\":\"HOST\"}]}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(this.writes.delete(uri, null).status()).isEqualTo(428);
		assertThat(this.writes.delete(uri, created.etag()).status()).isEqualTo(412);
		assertThat(this.writes.delete(uri, patched.etag()).status()).isEqualTo(204);
		assertThat(this.writes.get(uri).status()).isEqualTo(404);

		List<Map<String, Object>> history = history(slug);
		assertThat(history).extracting((h) -> h.get("change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history).extracting((h) -> participants(Json.at(h, "state")))
			.containsExactly(List.of("donald-trump:HOST", "vladimir-putin:PARTICIPANT"), List.of("vladimir-putin:HOST"),
					List.of("vladimir-putin:HOST"));
		assertThat(history).allSatisfy((h) -> assertThat(h).containsKeys("revision", "at", "by"));
		assertThat((Long) ((Number) history.get(0).get("revision")).longValue())
			.isLessThan(((Number) history.get(2).get("revision")).longValue());

		Reply restored = this.writes.post(uri + "/restore", null);
		assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
		assertThat(restored.location()).isEqualTo(uri);
		assertThat(participants(restored.body())).containsExactly("vladimir-putin:HOST");
		assertThat(sources(restored.body())).containsExactly("us-pushes-for-peace-deal");
		assertThat(Json.get(this.http, uri)).containsEntry("title", "Test talks in Geneva");
		assertThat(this.writes.post(uri + "/restore", null).status()).isEqualTo(409);
		assertThat(history(slug)).extracting((h) -> h.get("change"))
			.containsExactly("CREATED", "UPDATED", "DELETED", "CREATED");

		assertThat(this.writes.get("/api/v1/summits/never-existed/history").status()).isEqualTo(404);
		assertThat(this.writes.post("/api/v1/summits/never-existed/restore", null).status()).isEqualTo(404);
	}

	@Test
	void deleteIsRefusedWhileStatementsWereMadeThereUnlessCascadeUnlinksThem() {
		Reply seeded = this.writes.get("/api/v1/summits/alaska-joint-press-conference-2025-08-15");
		Reply refused = this.writes.delete("/api/v1/summits/alaska-joint-press-conference-2025-08-15", seeded.etag());
		assertThat(refused.status()).isEqualTo(409);
		assertThat((String) refused.body().get("detail")).contains("cascade=true");

		String slug = newSlug();
		String etag = create(slug).etag();
		long statement = insertStatementAt(slug);
		assertThat((List<Object>) Json.get(this.http, "/api/v1/summits/" + slug).get("statements")).hasSize(1);
		assertThat(this.writes.delete("/api/v1/summits/" + slug, etag).status()).isEqualTo(409);
		assertThat(this.writes.get("/api/v1/summits/" + slug).status()).isEqualTo(200);

		assertThat(this.writes.delete("/api/v1/summits/" + slug + "?cascade=true", etag).status()).isEqualTo(204);
		assertThat(this.writes.get("/api/v1/summits/" + slug).status()).isEqualTo(404);
		Map<String, Object> kept = Json.get(this.http, "/api/v1/statements/{id}", statement);
		assertThat(kept.get("summit")).isNull();
	}

	List<Map<String, Object>> history(String slug) {
		return (List<Map<String, Object>>) (Object) this.http.get()
			.uri("/api/v1/summits/" + slug + "/history")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
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
