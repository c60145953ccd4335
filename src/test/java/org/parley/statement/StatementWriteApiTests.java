package org.parley.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.CitationFixtures;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing statements. Each test quotes an article of its own (unique slug and body),
 * deleted with its statements afterwards, so the seed is left as it was.
 */
@ApiTest
@AsEditor
class StatementWriteApiTests {

	static final String ONCE = "no deal is close";

	static final String TWICE = "talks will continue";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	CitationFixtures citations;

	final List<String> articles = new ArrayList<>();

	String article;

	String body;

	@BeforeEach
	void storeAnArticleToQuote() {
		this.citations = new CitationFixtures(this.jdbc);
		this.body = "Fixture %s.\nThe envoy said \"%s\" after the meeting. A spokesman added that %s next week.\n"
			.formatted(UUID.randomUUID(), TWICE, TWICE) + "Officials said \"" + ONCE + "\".\n";
		this.article = storeArticle(this.body);
	}

	String storeArticle(String body) {
		String slug = "ws-" + UUID.randomUUID().toString().substring(0, 12);
		Reply reply = this.api.post("/api/v1/articles",
				Map.of("slug", slug, "title", "Fixture", "language", "en", "body", body));
		assertThat(reply.status()).isEqualTo(201);
		this.articles.add(slug);
		return slug;
	}

	@AfterEach
	void deleteTheArticlesWithTheirStatements() {
		this.citations.removeAll();
		for (String slug : this.articles) {
			assertThat(this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true").status())
				.isEqualTo(204);
		}
	}

	Map<String, Object> request(String text) {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("speaker", "donald-trump");
		statement.put("text", text);
		statement.put("kind", "DIRECT_QUOTE");
		statement.put("statedOn", "2025-08-18");
		statement.put("summit", "white-house-meeting-2025-08-18");
		statement.put("howSaid", "told reporters");
		statement.put("article", this.article);
		statement.put("issues", List.of("ceasefire", "security-guarantees"));
		return statement;
	}

	/** A create that sends an invalid body on purpose: only the answer is checked. */
	Reply createInvalid(Map<String, Object> request) {
		return this.api.withoutRequestCheck().post("/api/v1/statements", request);
	}

	Reply create(Map<String, Object> request) {
		return this.api.post("/api/v1/statements", request);
	}

	static long id(Reply reply) {
		return reply.longValue("id");
	}

	@Test
	void theSameWordsInAnotherArticleAreASecondSourceUntilOneGoes() {
		Reply first = create(request(ONCE)).assertStatus(201);
		Map<String, Object> again = request(ONCE);
		again.put("article", storeArticle("Another fixture %s.\nHe said \"%s\".\n".formatted(UUID.randomUUID(), ONCE)));
		Reply second = create(again).assertStatus(201);
		assertThat(second.intValue("sourceCount")).isEqualTo(2);
		assertThat(this.api.get(first.location()).intValue("sourceCount")).isEqualTo(2);

		Map<String, Object> byOther = request(ONCE);
		byOther.put("speaker", "vladimir-putin");
		byOther.put("article", again.get("article"));
		assertThat(create(byOther).assertStatus(201).intValue("sourceCount")).isEqualTo(1);

		assertThat(this.api.ifMatch(second.etag()).delete(second.location()).status()).isEqualTo(204);
		assertThat(this.api.get(first.location()).intValue("sourceCount")).isEqualTo(1);
	}

	@Test
	void theServerFindsTheTextAndStoresWhereItStands() {
		Reply reply = create(request(ONCE));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.location()).isEqualTo("/api/v1/statements/" + id(reply));
		assertThat(reply.etag()).startsWith("\"0-");
		int start = this.body.indexOf(ONCE);
		assertThat(reply.intValue("source.start")).isEqualTo(start);
		assertThat(reply.intValue("source.end")).isEqualTo(start + ONCE.length());
		assertThat(reply.json("source.article"))
			.isEqualTo(Reply.toJson(Map.of("slug", this.article, "title", "Fixture")));
		assertThat(reply.intValue("sourceCount")).isEqualTo(1);
		assertThat(reply.strings("issues.*.code")).containsExactly("ceasefire", "security-guarantees");
		assertThat(reply.string("summit.slug")).isEqualTo("white-house-meeting-2025-08-18");

		Reply read = this.api.get(reply.location());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json()).isEqualTo(reply.json());
		assertThat(read.etag()).isEqualTo(reply.etag());
		assertThat(this.api.ifNoneMatch(read.etag()).get(reply.location()).status()).isEqualTo(304);
		assertThat(this.api.get("/api/v1/articles/" + this.article).list("statements"))
			.extracting((s) -> s.path("id").longValue())
			.containsExactly(reply.longValue("id"));
	}

	@Test
	void textTheArticleDoesNotPrintIsA422NamingText() {
		Reply reply = create(request("no deal is near"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.type()).isEqualTo("urn:parley:problem:unprocessable");
		assertThat(reply.errorFields()).containsExactly("text");
	}

	@Test
	void textPrintedTwiceIsA422NamingStartWithBothOffsets() {
		Reply reply = create(request(TWICE));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("start");
		int first = this.body.indexOf(TWICE);
		int second = this.body.indexOf(TWICE, first + 1);
		assertThat(reply.detail()).contains("2 times", "[" + first + ", " + second + "]");
	}

	@Test
	void offsetsChooseAnOccurrenceAndMustReproduceTheText() {
		int second = this.body.indexOf(TWICE, this.body.indexOf(TWICE) + 1);
		Map<String, Object> request = request(TWICE);
		request.put("start", second);
		Reply chosen = create(request);
		assertThat(chosen.status()).isEqualTo(201);
		assertThat(chosen.intValue("source.start")).isEqualTo(second);
		assertThat(chosen.intValue("source.end")).isEqualTo(second + TWICE.length());

		Map<String, Object> both = request(TWICE);
		both.put("start", this.body.indexOf(TWICE));
		both.put("end", this.body.indexOf(TWICE) + TWICE.length());
		assertThat(create(both).status()).isEqualTo(201);

		Map<String, Object> shifted = request(TWICE);
		shifted.put("start", second + 1);
		shifted.put("end", second + 1 + TWICE.length());
		Reply wrong = create(shifted);
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.errorFields()).containsExactly("start", "end");

		Map<String, Object> tooLong = request(ONCE);
		tooLong.put("start", this.body.indexOf(ONCE));
		tooLong.put("end", this.body.indexOf(ONCE) + ONCE.length() + 1);
		Reply length = create(tooLong);
		assertThat(length.status()).isEqualTo(422);
		assertThat(length.errorFields()).containsExactly("end");

		Map<String, Object> outside = request(ONCE);
		outside.put("start", this.body.length());
		assertThat(create(outside).errorFields()).containsExactly("start");
	}

	@Test
	void recordsARequestNamesMustExistAndEachUnknownOneIsA422NamingIt() {
		Map<String, Object> request = request(ONCE);
		request.put("speaker", "nobody-at-all");
		request.put("summit", "no-such-summit");
		request.put("issues", List.of("ceasefire", "no-such-issue"));
		Reply reply = create(request);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("speaker", "summit", "issues[1]");

		Map<String, Object> noArticle = request(ONCE);
		noArticle.put("article", "no-such-article");
		Reply missing = create(noArticle);
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.errorFields()).containsExactly("article");
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("speaker", null), Arguments.of("speaker", " "), Arguments.of("text", null),
				Arguments.of("text", ""), Arguments.of("text", "t".repeat(10_001)), Arguments.of("kind", null),
				Arguments.of("howSaid", "h".repeat(501)), Arguments.of("article", null), Arguments.of("start", -1),
				Arguments.of("end", 0), Arguments.of("issues", List.of(" ")));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidFields")
	void anInvalidFieldIsA400NamingIt(String field, Object value) {
		Map<String, Object> request = request(ONCE);
		request.put(field, value);
		Reply reply = createInvalid(request);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.type()).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(reply.errorFields()).singleElement().asString().startsWith(field);
	}

	@Test
	void anUnknownKindOrPropertyOrABadDateIsA400() {
		Map<String, Object> request = request(ONCE);
		request.put("kind", "SHOUTED");
		assertThat(createInvalid(request).detail()).contains("kind", "DIRECT_QUOTE");
		request = request(ONCE);
		request.put("id", 7);
		Reply unknown = createInvalid(request);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("Unknown property 'id'");
		request = request(ONCE);
		request.put("statedOn", "yesterday");
		assertThat(createInvalid(request).status()).isEqualTo(400);
	}

	@Test
	void theSameWordsOfTheSameSpeakerAtTheSameSpanAreA409() {
		Reply first = create(request(ONCE));
		Reply again = create(request(ONCE));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.string("existing")).isEqualTo(first.location());
		Map<String, Object> otherSpeaker = request(ONCE);
		otherSpeaker.put("speaker", "vladimir-putin");
		assertThat(create(otherSpeaker).status()).isEqualTo(201);
	}

	@Test
	void replacingNeedsIfMatchAndLocatesTheTextAgain() {
		Reply created = create(request(ONCE));
		String uri = created.location();
		Map<String, Object> replacement = request(TWICE);
		replacement.put("kind", "PARAPHRASE");
		replacement.put("issues", List.of());
		replacement.remove("summit");

		assertThat(this.api.withoutRequestCheck().put(uri, replacement).status()).isEqualTo(428);
		Reply ambiguous = this.api.withoutRequestCheck().ifMatch(created.etag()).put(uri, replacement);
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat(ambiguous.errorFields()).containsExactly("start");

		replacement.put("start", this.body.indexOf(TWICE));
		Reply replaced = this.api.withoutRequestCheck().ifMatch(created.etag()).put(uri, replacement);
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.longValue("id")).isEqualTo(created.longValue("id"));
		assertThat(replaced.string("kind")).isEqualTo("PARAPHRASE");
		assertThat(replaced.string("summit")).isNull();
		assertThat(replaced.list("issues")).isEmpty();
		assertThat(replaced.intValue("source.start")).isEqualTo(this.body.indexOf(TWICE));
		assertThat(replaced.etag()).startsWith("\"1-");

		Reply stale = this.api.withoutRequestCheck().ifMatch(created.etag()).put(uri, replacement);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.type()).isEqualTo("urn:parley:problem:precondition-failed");

		replacement.remove("start");
		replacement.put("howSaid", "said later");
		Reply keptSpan = this.api.withoutRequestCheck().ifMatch(replaced.etag()).put(uri, replacement);
		assertThat(keptSpan.status()).as("an ambiguous text keeps its current span").isEqualTo(200);
		assertThat(keptSpan.intValue("source.start")).isEqualTo(this.body.indexOf(TWICE));
	}

	@Test
	void aMergePatchOfTheTextLocatesItAgainAndOtherPatchesKeepTheSpan() {
		Map<String, Object> request = request(TWICE);
		request.put("start", this.body.indexOf(TWICE));
		Reply created = create(request);
		String uri = created.location();

		Reply howSaid = this.api.withoutRequestCheck()
			.ifMatch(created.etag())
			.patch(uri, "{\"howSaid\": \"on television\", \"statedOn\": null}");
		assertThat(howSaid.status()).isEqualTo(200);
		assertThat(howSaid.string("howSaid")).isEqualTo("on television");
		assertThat(howSaid.string("statedOn")).isNull();
		assertThat(howSaid.json("source")).isEqualTo(created.json("source"));

		Reply text = this.api.withoutRequestCheck().ifMatch(howSaid.etag()).patch(uri, "{\"text\": \"" + ONCE + "\"}");
		assertThat(text.status()).isEqualTo(200);
		assertThat(text.intValue("source.start")).isEqualTo(this.body.indexOf(ONCE));

		Reply notPrinted = this.api.withoutRequestCheck()
			.ifMatch(text.etag())
			.patch(uri, "{\"text\": \"peace at last\"}");
		assertThat(notPrinted.status()).isEqualTo(422);
		assertThat(notPrinted.errorFields()).containsExactly("text");
		Reply unknownSpeaker = this.api.withoutRequestCheck()
			.ifMatch(text.etag())
			.patch(uri, "{\"speaker\": \"nobody-at-all\"}");
		assertThat(unknownSpeaker.status()).isEqualTo(422);
		assertThat(unknownSpeaker.errorFields()).containsExactly("speaker");
		assertThat(this.api.withoutRequestCheck().ifMatch(text.etag()).patch(uri, "{\"kind\": null}").status())
			.isEqualTo(400);
		assertThat(this.api.withoutRequestCheck().patch(uri, "{\"kind\": \"PARAPHRASE\"}").status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"0\"").patch("/api/v1/statements/999999999", "{}").status())
			.isEqualTo(404);
	}

	@Test
	void aStatementCitedAsEvidenceIsA409UntilDeletedWithCascade() {
		Reply created = create(request(ONCE));
		long statement = id(created);
		long position = this.citations.position("donald-trump");
		this.citations.statementEvidence(position, statement);
		String uri = created.location();

		assertThat(this.api.withoutRequestCheck().delete(uri).status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"5\"").delete(uri).status()).isEqualTo(412);
		Reply cited = this.api.withoutRequestCheck().ifMatch(created.etag()).delete(uri);
		assertThat(cited.status()).isEqualTo(409);
		assertThat(cited.detail()).contains("/api/v1/positions/" + position);

		Reply bare = this.api.withoutRequestCheck().ifMatch(created.etag()).delete(uri + "?cascade=true");
		assertThat(bare.status()).as("the position would be left without evidence").isEqualTo(409);
		assertThat(bare.string("existing")).isEqualTo("/api/v1/positions/" + position);

		this.citations.articleEvidence(position, this.article);
		assertThat(this.api.withoutRequestCheck().ifMatch(created.etag()).delete(uri + "?cascade=true").status())
			.isEqualTo(204);
		assertThat(this.api.withoutRequestCheck().get(uri).status()).isEqualTo(404);
		assertThat(this.citations.evidenceCount(position)).isEqualTo(1);
	}

	@Test
	void theHistoryShowsEveryStateAndRestoreCreatesTheStatementAnew() {
		Reply created = create(request(ONCE));
		String uri = created.location();
		Reply patched = this.api.ifMatch(created.etag()).patch(uri, "{\"howSaid\": \"on television\"}");
		assertThat(this.api.post(uri + "/restore", null).status()).as("it exists").isEqualTo(409);
		assertThat(this.api.ifMatch(patched.etag()).delete(uri).status()).isEqualTo(204);

		Reply history = this.api.get(uri + "/history").assertStatus(200);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history.strings("*.state.howSaid")).containsExactly("told reporters", "on television",
				"on television");
		assertThat(history.string("2.state.text")).isEqualTo(ONCE);
		assertThat(history.longValue("2.state.id")).isEqualTo(created.longValue("id"));
		assertThat(history.string("2.state.speaker.slug")).isEqualTo("donald-trump");
		assertThat(history.intValue("2.state.source.start")).isEqualTo(this.body.indexOf(ONCE));

		Reply restored = this.api.post(uri + "/restore", null);
		assertThat(restored.status()).isEqualTo(201);
		assertThat(restored.longValue("id")).isNotEqualTo(created.longValue("id"));
		assertThat(restored.location()).isEqualTo("/api/v1/statements/" + id(restored));
		assertThat(restored.string("howSaid")).isEqualTo("on television");
		assertThat(restored.json("source")).isEqualTo(created.json("source"));
		assertThat(this.api.get(restored.location()).status()).isEqualTo(200);

		Reply twice = this.api.post(uri + "/restore", null);
		assertThat(twice.status()).as("restored already").isEqualTo(409);
		assertThat(twice.string("existing")).isEqualTo(restored.location());
		assertThat(this.api.post("/api/v1/statements/999999999/restore", null).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/statements/999999999/history").status()).isEqualTo(404);
	}

	@Test
	void aSpanTheDatabaseRefusesIsA422NotA500() {
		// Java counts the emoji as two UTF-16 code units, PostgreSQL as one character:
		// the
		// span the server computes is refused by the database's span check.
		this.article = storeArticle("\uD83D\uDE00 " + UUID.randomUUID() + " He said \"peace now\".");
		Reply reply = create(request("peace now"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("start", "end");
	}

}
