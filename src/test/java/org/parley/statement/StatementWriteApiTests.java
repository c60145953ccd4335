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
import org.parley.support.ApiTest;
import org.parley.support.TestApiKeys;
import org.parley.support.CitationFixtures;
import org.parley.support.Http;
import org.parley.support.Http.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing statements. Each test quotes an article of its own (unique slug and body),
 * deleted with its statements afterwards, so the seed is left as it was.
 */
@ApiTest
@SuppressWarnings("unchecked")
class StatementWriteApiTests {

	static final String ONCE = "no deal is close";

	static final String TWICE = "talks will continue";

	@Autowired
	RestTestClient http;

	/** Every request of this class is sent with a fresh editor key. */
	@BeforeEach
	void authenticateAsEditor() {
		this.http = this.http.mutate().defaultHeaders(TestApiKeys.editor(this.http)).build();
	}

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
		Reply reply = Http.post(this.http, "/api/v1/articles",
				Map.of("slug", slug, "title", "Fixture", "language", "en", "body", body));
		assertThat(reply.status()).isEqualTo(201);
		this.articles.add(slug);
		return slug;
	}

	@AfterEach
	void deleteTheArticlesWithTheirStatements() {
		this.citations.removeAll();
		for (String slug : this.articles) {
			assertThat(Http.delete(this.http, "/api/v1/articles/" + slug + "?cascade=true", "*").status())
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

	Reply create(Map<String, Object> request) {
		return Http.post(this.http, "/api/v1/statements", request);
	}

	static long id(Reply reply) {
		return ((Number) reply.get("id")).longValue();
	}

	static Map<String, Object> source(Map<String, Object> statement) {
		return (Map<String, Object>) statement.get("source");
	}

	@Test
	void theServerFindsTheTextAndStoresWhereItStands() {
		Reply reply = create(request(ONCE));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.location()).isEqualTo("/api/v1/statements/" + id(reply));
		assertThat(reply.etag()).startsWith("\"0-");
		int start = this.body.indexOf(ONCE);
		assertThat(source(reply.body())).containsEntry("start", start)
			.containsEntry("end", start + ONCE.length())
			.containsEntry("article", Map.of("slug", this.article, "title", "Fixture"));
		assertThat(reply.get("sourceCount")).isEqualTo(1);
		assertThat((List<Map<String, Object>>) reply.get("issues")).extracting((i) -> i.get("code"))
			.containsExactly("ceasefire", "security-guarantees");
		assertThat((Map<String, Object>) reply.get("summit")).containsEntry("slug", "white-house-meeting-2025-08-18");

		Reply read = Http.get(this.http, reply.location());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(reply.body());
		assertThat(read.etag()).isEqualTo(reply.etag());
		assertThat(Http.get(this.http, reply.location(), HttpHeaders.IF_NONE_MATCH, read.etag()).status())
			.isEqualTo(304);
		assertThat(
				(List<Map<String, Object>>) Http.get(this.http, "/api/v1/articles/" + this.article).get("statements"))
			.extracting((s) -> s.get("id"))
			.containsExactly(reply.get("id"));
	}

	@Test
	void textTheArticleDoesNotPrintIsA422NamingText() {
		Reply reply = create(request("no deal is near"));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.get("type")).isEqualTo("urn:parley:problem:unprocessable");
		assertThat(reply.errorFields()).containsExactly("text");
	}

	@Test
	void textPrintedTwiceIsA422NamingStartWithBothOffsets() {
		Reply reply = create(request(TWICE));
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("start");
		int first = this.body.indexOf(TWICE);
		int second = this.body.indexOf(TWICE, first + 1);
		assertThat((String) reply.get("detail")).contains("2 times", "[" + first + ", " + second + "]");
	}

	@Test
	void offsetsChooseAnOccurrenceAndMustReproduceTheText() {
		int second = this.body.indexOf(TWICE, this.body.indexOf(TWICE) + 1);
		Map<String, Object> request = request(TWICE);
		request.put("start", second);
		Reply chosen = create(request);
		assertThat(chosen.status()).isEqualTo(201);
		assertThat(source(chosen.body())).containsEntry("start", second).containsEntry("end", second + TWICE.length());

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
		Reply reply = create(request);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.get("type")).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(reply.errorFields()).singleElement().asString().startsWith(field);
	}

	@Test
	void anUnknownKindOrPropertyOrABadDateIsA400() {
		Map<String, Object> request = request(ONCE);
		request.put("kind", "SHOUTED");
		assertThat((String) create(request).get("detail")).contains("kind", "DIRECT_QUOTE");
		request = request(ONCE);
		request.put("id", 7);
		Reply unknown = create(request);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat((String) unknown.get("detail")).contains("Unknown property 'id'");
		request = request(ONCE);
		request.put("statedOn", "yesterday");
		assertThat(create(request).status()).isEqualTo(400);
	}

	@Test
	void theSameWordsOfTheSameSpeakerAtTheSameSpanAreA409() {
		Reply first = create(request(ONCE));
		Reply again = create(request(ONCE));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.get("existing")).isEqualTo(first.location());
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

		assertThat(Http.put(this.http, uri, replacement, null).status()).isEqualTo(428);
		Reply ambiguous = Http.put(this.http, uri, replacement, created.etag());
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat(ambiguous.errorFields()).containsExactly("start");

		replacement.put("start", this.body.indexOf(TWICE));
		Reply replaced = Http.put(this.http, uri, replacement, created.etag());
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.get("id")).isEqualTo(created.get("id"));
		assertThat(replaced.get("kind")).isEqualTo("PARAPHRASE");
		assertThat(replaced.get("summit")).isNull();
		assertThat((List<Object>) replaced.get("issues")).isEmpty();
		assertThat(source(replaced.body())).containsEntry("start", this.body.indexOf(TWICE));
		assertThat(replaced.etag()).startsWith("\"1-");

		Reply stale = Http.put(this.http, uri, replacement, created.etag());
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.get("type")).isEqualTo("urn:parley:problem:precondition-failed");

		replacement.remove("start");
		replacement.put("howSaid", "said later");
		Reply keptSpan = Http.put(this.http, uri, replacement, replaced.etag());
		assertThat(keptSpan.status()).as("an ambiguous text keeps its current span").isEqualTo(200);
		assertThat(source(keptSpan.body())).containsEntry("start", this.body.indexOf(TWICE));
	}

	@Test
	void aMergePatchOfTheTextLocatesItAgainAndOtherPatchesKeepTheSpan() {
		Map<String, Object> request = request(TWICE);
		request.put("start", this.body.indexOf(TWICE));
		Reply created = create(request);
		String uri = created.location();

		Reply howSaid = Http.patch(this.http, uri, "{\"howSaid\": \"on television\", \"statedOn\": null}",
				created.etag());
		assertThat(howSaid.status()).isEqualTo(200);
		assertThat(howSaid.get("howSaid")).isEqualTo("on television");
		assertThat(howSaid.get("statedOn")).isNull();
		assertThat(source(howSaid.body())).isEqualTo(source(created.body()));

		Reply text = Http.patch(this.http, uri, "{\"text\": \"" + ONCE + "\"}", howSaid.etag());
		assertThat(text.status()).isEqualTo(200);
		assertThat(source(text.body())).containsEntry("start", this.body.indexOf(ONCE));

		Reply notPrinted = Http.patch(this.http, uri, "{\"text\": \"peace at last\"}", text.etag());
		assertThat(notPrinted.status()).isEqualTo(422);
		assertThat(notPrinted.errorFields()).containsExactly("text");
		Reply unknownSpeaker = Http.patch(this.http, uri, "{\"speaker\": \"nobody-at-all\"}", text.etag());
		assertThat(unknownSpeaker.status()).isEqualTo(422);
		assertThat(unknownSpeaker.errorFields()).containsExactly("speaker");
		assertThat(Http.patch(this.http, uri, "{\"kind\": null}", text.etag()).status()).isEqualTo(400);
		assertThat(Http.patch(this.http, uri, "{\"kind\": \"PARAPHRASE\"}", null).status()).isEqualTo(428);
		assertThat(Http.patch(this.http, "/api/v1/statements/999999999", "{}", "\"0\"").status()).isEqualTo(404);
	}

	@Test
	void aStatementCitedAsEvidenceIsA409UntilDeletedWithCascade() {
		Reply created = create(request(ONCE));
		long statement = id(created);
		long position = this.citations.position("donald-trump");
		this.citations.statementEvidence(position, statement);
		String uri = created.location();

		assertThat(Http.delete(this.http, uri, null).status()).isEqualTo(428);
		assertThat(Http.delete(this.http, uri, "\"5\"").status()).isEqualTo(412);
		Reply cited = Http.delete(this.http, uri, created.etag());
		assertThat(cited.status()).isEqualTo(409);
		assertThat((String) cited.get("detail")).contains("/api/v1/positions/" + position);

		Reply bare = Http.delete(this.http, uri + "?cascade=true", created.etag());
		assertThat(bare.status()).as("the position would be left without evidence").isEqualTo(409);
		assertThat(bare.get("existing")).isEqualTo("/api/v1/positions/" + position);

		this.citations.articleEvidence(position, this.article);
		assertThat(Http.delete(this.http, uri + "?cascade=true", created.etag()).status()).isEqualTo(204);
		assertThat(Http.get(this.http, uri).status()).isEqualTo(404);
		assertThat(this.citations.evidenceCount(position)).isEqualTo(1);
	}

	@Test
	void theHistoryShowsEveryStateAndRestoreCreatesTheStatementAnew() {
		Reply created = create(request(ONCE));
		String uri = created.location();
		Reply patched = Http.patch(this.http, uri, "{\"howSaid\": \"on television\"}", created.etag());
		assertThat(Http.post(this.http, uri + "/restore", null).status()).as("it exists").isEqualTo(409);
		assertThat(Http.delete(this.http, uri, patched.etag()).status()).isEqualTo(204);

		List<Map<String, Object>> history = this.http.get()
			.uri(uri + "/history")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(List.class)
			.getResponseBody();
		assertThat(history).extracting((e) -> e.get("change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history).extracting((e) -> ((Map<String, Object>) e.get("state")).get("howSaid"))
			.containsExactly("told reporters", "on television", "on television");
		Map<String, Object> last = (Map<String, Object>) history.get(2).get("state");
		assertThat(last).containsEntry("text", ONCE).containsEntry("id", created.get("id"));
		assertThat((Map<String, Object>) last.get("speaker")).containsEntry("slug", "donald-trump");
		assertThat(source(last)).containsEntry("start", this.body.indexOf(ONCE));

		Reply restored = Http.post(this.http, uri + "/restore", null);
		assertThat(restored.status()).isEqualTo(201);
		assertThat(restored.get("id")).isNotEqualTo(created.get("id"));
		assertThat(restored.location()).isEqualTo("/api/v1/statements/" + id(restored));
		assertThat(restored.get("howSaid")).isEqualTo("on television");
		assertThat(source(restored.body())).isEqualTo(source(created.body()));
		assertThat(Http.get(this.http, restored.location()).status()).isEqualTo(200);

		Reply twice = Http.post(this.http, uri + "/restore", null);
		assertThat(twice.status()).as("restored already").isEqualTo(409);
		assertThat(twice.get("existing")).isEqualTo(restored.location());
		assertThat(Http.post(this.http, "/api/v1/statements/999999999/restore", null).status()).isEqualTo(404);
		assertThat(Http.get(this.http, "/api/v1/statements/999999999/history").status()).isEqualTo(404);
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
