package org.parley.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
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
 * Writing articles: every test stores articles of its own (unique slugs and bodies) and
 * deletes them afterwards, so the seed is left as it was.
 */
@ApiTest
@AsEditor
class ArticleWriteApiTests {

	static final String QUOTE = "we will keep talking";

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	CitationFixtures citations;

	final List<String> created = new ArrayList<>();

	@AfterEach
	void deleteWhatTheTestStored() {
		if (this.citations != null) {
			this.citations.removeAll();
		}
		for (String slug : this.created) {
			this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true");
		}
	}

	CitationFixtures citations() {
		if (this.citations == null) {
			this.citations = new CitationFixtures(this.jdbc);
		}
		return this.citations;
	}

	static String unique() {
		return "wa-" + UUID.randomUUID().toString().substring(0, 12);
	}

	Map<String, Object> request(String slug) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("slug", slug);
		article.put("title", "Fixture " + slug);
		article.put("outlet", "Parley Tests");
		article.put("url", "https://example.org/" + slug);
		article.put("publishedOn", "2025-08-20");
		article.put("language", "en");
		article.put("body", "Fixture " + slug + ".\nThe envoy said \"" + QUOTE + "\" after the call.\nThe end.\n");
		article.put("notes", "Stored by a test");
		return article;
	}

	/** A create that sends an invalid body on purpose: only the answer is checked. */
	Reply createInvalid(Map<String, Object> request) {
		Reply reply = this.api.withoutRequestCheck().post("/api/v1/articles", request);
		if (reply.status() == 201) {
			this.created.add((String) request.get("slug"));
		}
		return reply;
	}

	Reply create(Map<String, Object> request) {
		Reply reply = this.api.post("/api/v1/articles", request);
		if (reply.status() == 201) {
			this.created.add((String) request.get("slug"));
		}
		return reply;
	}

	Reply createStatementQuoting(String articleSlug) {
		Reply reply = this.api.post("/api/v1/statements",
				Map.of("speaker", "donald-trump", "text", QUOTE, "kind", "DIRECT_QUOTE", "article", articleSlug));
		assertThat(reply.status()).isEqualTo(201);
		return reply;
	}

	@Test
	void createdArticleIsA201WithLocationETagAndTheSha256OfItsBody() throws Exception {
		String slug = unique();
		Map<String, Object> request = request(slug);
		Reply reply = create(request);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.location()).isEqualTo("/api/v1/articles/" + slug);
		assertThat(reply.etag()).startsWith("\"0-");
		String body = (String) request.get("body");
		assertThat(reply.string("sha256")).isEqualTo(HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
		assertThat(reply.string("body")).isEqualTo(body);
		assertThat(reply.string("sourceFile")).isNull();

		Reply read = this.api.get("/api/v1/articles/" + slug);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.etag()).startsWith("\"0-");
		assertThat(read.string("url")).isEqualTo("https://example.org/" + slug);
		assertThat(read.string("publishedOn")).isEqualTo("2025-08-20");
		assertThat(read.list("statements")).isEmpty();
		assertThat(this.api.ifNoneMatch(read.etag()).get("/api/v1/articles/" + slug).status()).isEqualTo(304);
	}

	@Test
	void theSameBodyAgainIsA409PointingAtTheArticleThatHasIt() {
		String first = unique();
		Map<String, Object> original = request(first);
		create(original);
		Map<String, Object> copy = request(unique());
		copy.put("body", original.get("body"));
		Reply reply = create(copy);
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.string("type")).isEqualTo("urn:parley:problem:conflict");
		assertThat(reply.string("existing")).isEqualTo("/api/v1/articles/" + first);
	}

	@Test
	void aTakenSlugIsA409() {
		String slug = unique();
		create(request(slug));
		Map<String, Object> again = request(slug);
		again.put("body", "Another body for " + unique());
		Reply reply = create(again);
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.string("existing")).isEqualTo("/api/v1/articles/" + slug);
	}

	@Test
	void creatingWithoutASlugIsA422NamingIt() {
		Map<String, Object> request = request(unique());
		request.remove("slug");
		Reply reply = create(request);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("slug");
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("slug", "Not A Slug"), Arguments.of("slug", "a".repeat(121)),
				Arguments.of("title", " "), Arguments.of("title", null), Arguments.of("title", "t".repeat(501)),
				Arguments.of("outlet", "o".repeat(201)), Arguments.of("url", "ftp://example.org/file"),
				Arguments.of("url", "not a url"), Arguments.of("url", "https://example.org/" + "u".repeat(2000)),
				Arguments.of("language", null), Arguments.of("language", "english-as-spoken"),
				Arguments.of("body", null), Arguments.of("body", ""), Arguments.of("body", "b".repeat(1_000_001)),
				Arguments.of("notes", "n".repeat(10_001)));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidFields")
	void anInvalidFieldIsA400NamingIt(String field, String value) {
		Map<String, Object> request = request(unique());
		request.put(field, value);
		Reply reply = createInvalid(request);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.string("type")).isEqualTo("urn:parley:problem:invalid-body");
		assertThat(reply.errorFields()).containsExactly(field);
	}

	@Test
	void aMalformedDateAndAnUnknownPropertyAre400s() {
		Map<String, Object> request = request(unique());
		request.put("publishedOn", "20 August");
		Reply reply = createInvalid(request);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.detail()).contains("publishedOn");

		request = request(unique());
		request.put("sha256", "0".repeat(64));
		reply = createInvalid(request);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.detail()).contains("Unknown property 'sha256'");
	}

	@Test
	void aBodyOfAMillionCharactersIsStored() {
		Map<String, Object> request = request(unique());
		String body = (String) request.get("body");
		request.put("body", body + "x".repeat(1_000_000 - body.length()));
		assertThat(create(request).status()).isEqualTo(201);
	}

	@Test
	void aBodyOfAMillionCyrillicCharactersFitsTheRequestLimit() {
		// 2 bytes each in UTF-8: over 2 MB on the wire, under the 8 MB request limit
		Map<String, Object> request = request(unique());
		String body = (String) request.get("body");
		request.put("body", body + "ж".repeat(1_000_000 - body.length()));
		assertThat(create(request).status()).isEqualTo(201);
	}

	@Test
	void replacingNeedsIfMatchAndTheCurrentVersion() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		request.put("title", "A new title");
		String uri = "/api/v1/articles/" + slug;

		Reply missing = this.api.withoutRequestCheck().put(uri, request);
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.string("type")).isEqualTo("urn:parley:problem:precondition-required");

		Reply replaced = this.api.withoutRequestCheck().ifMatch(etag).put(uri, request);
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.string("title")).isEqualTo("A new title");
		assertThat(replaced.etag()).startsWith("\"1-");

		Reply stale = this.api.withoutRequestCheck().ifMatch(etag).put(uri, request);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.intValue("currentVersion")).isEqualTo(1);

		assertThat(this.api.withoutRequestCheck().ifNoneMatch(etag).get(uri).status()).isEqualTo(200);
	}

	@Test
	void theSlugCannotChangeAndAnUnknownOneIsA404() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		request.put("slug", unique());
		Reply reply = this.api.ifMatch(etag).put("/api/v1/articles/" + slug, request);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("slug");
		assertThat(this.api.ifMatch("\"0\"").put("/api/v1/articles/" + unique(), request(unique())).status())
			.isEqualTo(404);
	}

	@Test
	void aMergePatchChangesOnlyWhatItNamesAndNullRemoves() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		Reply patched = this.api.withoutRequestCheck()
			.ifMatch(etag)
			.patch("/api/v1/articles/" + slug, "{\"outlet\": null, \"notes\": \"checked\"}");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.string("outlet")).isNull();
		assertThat(patched.string("notes")).isEqualTo("checked");
		assertThat(patched.string("title")).isEqualTo(request.get("title"));
		assertThat(patched.string("body")).isEqualTo(request.get("body"));

		Reply invalid = this.api.withoutRequestCheck()
			.ifMatch(patched.etag())
			.patch("/api/v1/articles/" + slug, "{\"url\": \"mailto:a@b.c\"}");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactly("url");
		assertThat(this.api.withoutRequestCheck().patch("/api/v1/articles/" + slug, "{\"title\": \"x\"}").status())
			.isEqualTo(428);
	}

	@Test
	void aNewBodyMustKeepEveryCitedSpanInPlace() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		createStatementQuoting(slug);
		String body = (String) request.get("body");

		Reply broken = this.api.ifMatch(etag)
			.patch("/api/v1/articles/" + slug,
					"{\"body\": \"Moved: " + body.replace("\n", "\\n").replace("\"", "\\\"") + "\"}");
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.errorFields()).containsExactly("body");
		assertThat(broken.detail()).contains("1 statement cites");

		Reply kept = this.api.ifMatch(etag)
			.patch("/api/v1/articles/" + slug, "{\"body\": \""
					+ (body + "A line added at the end.\n").replace("\n", "\\n").replace("\"", "\\\"") + "\"}");
		assertThat(kept.status()).isEqualTo(200);
		assertThat(kept.string("body")).endsWith("A line added at the end.\n");
		assertThat(kept.string("sha256")).isNotEqualTo(create(request(unique())).string("sha256"));
	}

	@Test
	void aNewBodyMustStillPrintTheExcerptsDiscrepanciesQuote() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		citations().discrepancyQuoting(slug, "after the call");
		request.put("body", "Fixture " + slug + " rewritten without the excerpt.");
		Reply reply = this.api.ifMatch(etag).put("/api/v1/articles/" + slug, request);
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.errorFields()).containsExactly("body");
	}

	@Test
	void aBodyAnotherArticleHasIsA409OnUpdateToo() {
		Map<String, Object> other = request(unique());
		create(other);
		String slug = unique();
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		request.put("body", other.get("body"));
		Reply reply = this.api.ifMatch(etag).put("/api/v1/articles/" + slug, request);
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.string("existing")).isEqualTo("/api/v1/articles/" + other.get("slug"));
	}

	@Test
	void deletingNeedsIfMatchThenIsA204AndTheHistoryKeepsEveryState() {
		String slug = unique();
		Map<String, Object> request = request(slug);
		String uri = "/api/v1/articles/" + slug;
		String etag = create(request).etag();
		etag = this.api.withoutRequestCheck().ifMatch(etag).patch(uri, "{\"title\": \"Renamed\"}").etag();

		assertThat(this.api.withoutRequestCheck().delete(uri).status()).isEqualTo(428);
		assertThat(this.api.withoutRequestCheck().ifMatch("\"0\"").delete(uri).status()).isEqualTo(412);
		assertThat(this.api.withoutRequestCheck().ifMatch(etag).delete(uri).status()).isEqualTo(204);
		assertThat(this.api.withoutRequestCheck().get(uri).status()).isEqualTo(404);

		Reply history = this.api.withoutRequestCheck().get(uri + "/history").assertStatus(200);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED", "DELETED");
		assertThat(history.strings("*.state.title")).containsExactly("Fixture " + slug, "Renamed", "Renamed");
		assertThat(history.strings("*.state.body")).containsOnly((String) request.get("body"));
		assertThat(history.list("")).allSatisfy((e) -> assertThat(e.propertyNames()).contains("revision", "at", "by"));
		assertThat(this.api.withoutRequestCheck().get("/api/v1/articles/" + unique() + "/history").status())
			.isEqualTo(404);
	}

	@Test
	void restoreBringsADeletedArticleBackOnce() {
		String slug = unique();
		String uri = "/api/v1/articles/" + slug;
		Map<String, Object> request = request(slug);
		String etag = create(request).etag();
		assertThat(this.api.post(uri + "/restore", null).status()).isEqualTo(409);
		this.api.ifMatch(etag).delete(uri);

		Reply restored = this.api.post(uri + "/restore", null);
		assertThat(restored.status()).isEqualTo(201);
		assertThat(restored.location()).isEqualTo(uri);
		assertThat(restored.etag()).isNotNull();
		assertThat(restored.string("body")).isEqualTo(request.get("body"));
		assertThat(this.api.get(uri).string("title")).isEqualTo(request.get("title"));
		assertThat(this.api.post(uri + "/restore", null).status()).isEqualTo(409);
		assertThat(this.api.post("/api/v1/articles/" + unique() + "/restore", null).status()).isEqualTo(404);
	}

	@Test
	void aCitedArticleIsA409UntilDeletedWithCascade() {
		String slug = unique();
		String uri = "/api/v1/articles/" + slug;
		String etag = create(request(slug)).etag();
		long statement = createStatementQuoting(slug).longValue("id");
		long position = citations().position("donald-trump");
		citations().statementEvidence(position, statement);
		String summit = citations().summitCiting(slug);

		Reply refused = this.api.ifMatch(etag).delete(uri);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.string("existing")).isEqualTo(uri);
		assertThat(refused.detail()).contains("1 statements", "1 position evidence", "1 summit");

		Reply wouldLeaveBare = this.api.ifMatch(etag).delete(uri + "?cascade=true");
		assertThat(wouldLeaveBare.status()).isEqualTo(409);
		assertThat(wouldLeaveBare.string("existing")).isEqualTo("/api/v1/positions/" + position);

		citations().articleEvidence(position, "us-pushes-for-peace-deal");
		assertThat(this.api.ifMatch(etag).delete(uri + "?cascade=true").status()).isEqualTo(204);
		assertThat(this.api.get(uri).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/statements/" + statement).status()).isEqualTo(404);
		assertThat(citations().evidenceCount(position)).isEqualTo(1);
		assertThat(citations().summitSourceCount(summit)).isZero();
		assertThat(this.api.get("/api/v1/summits/" + summit).status()).isEqualTo(200);
	}

	@Test
	void cascadeDoesNotRemoveDiscrepancyReadings() {
		String slug = unique();
		String etag = create(request(slug)).etag();
		citations().discrepancyQuoting(slug, QUOTE);
		Reply reply = this.api.ifMatch(etag).delete("/api/v1/articles/" + slug + "?cascade=true");
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.detail()).contains("discrepancy");
		this.citations.removeAll();
	}

	@Test
	void anUnciteArticleNeedsNoCascade() {
		String slug = unique();
		String etag = create(request(slug)).etag();
		assertThat(this.api.ifMatch(etag).delete("/api/v1/articles/" + slug + "?cascade=true").status()).isEqualTo(204);
	}

}
