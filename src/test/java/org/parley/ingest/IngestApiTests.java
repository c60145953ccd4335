package org.parley.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's loop: an article in, its quotes proposed as candidates with speakers and
 * issues, each accepted (it becomes a statement at its exact span) or rejected. Every
 * test stores articles of its own and deletes them, and the actors accepting creates.
 */
@ApiTest
@AsEditor
class IngestApiTests {

	/** Two quotes: a known speaker by an alias, and an analyst Parley does not know. */
	static final String BODY = """
			KYIV, Aug. 20 — Ukraine will not give up land for a pause in the fighting, its president said on \
			Wednesday.

			“We will never trade our territory for a ceasefire,” Zelensky told reporters in Kyiv. “Our answer \
			is the same as it was in 2022.”

			“A truce on these terms would only freeze the war,” said Anna Kovalenko, an analyst at the Kyiv \
			Institute for Strategic Studies.

			MARKER""";

	@Autowired
	Api api;

	final List<String> articles = new ArrayList<>();

	final List<String> actors = new ArrayList<>();

	@AfterEach
	void deleteWhatTheTestStored() {
		for (String slug : this.articles) {
			this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true");
		}
		for (String slug : this.actors) {
			this.api.ifMatch("*").delete("/api/v1/actors/" + slug);
		}
	}

	String postArticle(String body) {
		String slug = "ingest-" + UUID.randomUUID().toString().substring(0, 10);
		this.articles.add(slug);
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("slug", slug);
		article.put("title", "Fixture " + slug);
		article.put("language", "en");
		article.put("body", body.replace("MARKER", slug));
		this.api.post("/api/v1/articles", article).assertStatus(201);
		return slug;
	}

	List<JsonNode> pending(String slug) {
		return this.api.get("/api/v1/articles/" + slug + "/candidates?status=PENDING")
			.assertStatus(200)
			.list("content");
	}

	static JsonNode saying(List<JsonNode> candidates, String words) {
		return candidates.stream()
			.filter((c) -> Reply.string(c.path("text")).contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidate says '" + words + "' in " + candidates));
	}

	@Test
	void postingAnArticleProposesEachQuoteAtItsExactSpanWithSpeakerAndIssues() {
		String slug = postArticle(BODY);
		String body = this.api.get("/api/v1/articles/" + slug).assertStatus(200).string("body");
		Reply list = this.api.get("/api/v1/articles/" + slug + "/candidates").assertStatus(200);
		assertThat(list.bool("extraction.partial")).isFalse();
		List<JsonNode> candidates = list.list("content");
		assertThat(candidates).hasSizeGreaterThanOrEqualTo(3);
		for (JsonNode c : candidates) {
			assertThat(body.substring(c.path("start").asInt(), c.path("end").asInt()))
				.isEqualTo(Reply.string(c.path("text")));
			assertThat(Reply.string(c.path("status"))).isEqualTo("PENDING");
			assertThat(Reply.string(c.path("kind"))).isEqualTo("DIRECT_QUOTE");
		}
		JsonNode zelenskyy = saying(candidates, "never trade our territory");
		assertThat(Reply.string(zelenskyy.path("text"))).isEqualTo("We will never trade our territory for a ceasefire");
		assertThat(Reply.string(zelenskyy.path("speaker").path("slug"))).isEqualTo("volodymyr-zelenskyy");
		assertThat(zelenskyy.path("issues").toString()).contains("territory", "ceasefire");
		assertThat(Reply.string(zelenskyy.path("cue").path("text"))).contains("Zelensky");
		assertThat(zelenskyy.path("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(zelenskyy.path("statedOn").isNull()).isTrue();

		JsonNode analyst = saying(candidates, "only freeze the war");
		assertThat(analyst.path("speaker").isNull()).isTrue();
		assertThat(Reply.string(analyst.path("newActor").path("name"))).isEqualTo("Anna Kovalenko");
		assertThat(analyst.path("issues").toString()).contains("ceasefire");
	}

	@Test
	void acceptingMakesTheStatementAtTheCandidatesSpanAndOnlyOnce() {
		String slug = postArticle(BODY);
		JsonNode candidate = saying(pending(slug), "never trade our territory");
		long id = candidate.path("id").asLong();

		Reply accepted = this.api.post("/api/v1/candidates/" + id + "/accept", null).assertStatus(201);
		assertThat(accepted.location()).matches("/api/v1/statements/\\d+");
		assertThat(accepted.string("status")).isEqualTo("ACCEPTED");
		assertThat(accepted.string("statement")).isEqualTo(accepted.location());

		Reply statement = this.api.get(accepted.location()).assertStatus(200);
		assertThat(statement.string("text")).isEqualTo(Reply.string(candidate.path("text")));
		assertThat(statement.intValue("source.start")).isEqualTo(candidate.path("start").asInt());
		assertThat(statement.intValue("source.end")).isEqualTo(candidate.path("end").asInt());
		assertThat(statement.string("speaker.slug")).isEqualTo("volodymyr-zelenskyy");
		assertThat(statement.string("kind")).isEqualTo("DIRECT_QUOTE");
		assertThat(statement.strings("issues.*.code")).contains("territory", "ceasefire");

		assertThat(this.api.post("/api/v1/candidates/" + id + "/accept", null).status()).isEqualTo(409);
		assertThat(this.api.post("/api/v1/candidates/" + id + "/reject", null).status()).isEqualTo(409);
	}

	@Test
	void acceptingAnUnknownSpeakerCreatesTheActorFirst() {
		String slug = postArticle(BODY);
		JsonNode candidate = saying(pending(slug), "only freeze the war");
		Reply accepted = this.api.post("/api/v1/candidates/" + candidate.path("id").asLong() + "/accept", null)
			.assertStatus(201);
		Reply statement = this.api.get(accepted.location()).assertStatus(200);
		String speaker = statement.string("speaker.slug");
		this.actors.add(speaker);
		assertThat(speaker).isEqualTo("anna-kovalenko");
		assertThat(accepted.string("speaker.slug")).isEqualTo("anna-kovalenko");
		assertThat(accepted.isNull("newActor")).isTrue();
		Reply actor = this.api.get("/api/v1/actors/" + speaker).assertStatus(200);
		assertThat(actor.string("name")).isEqualTo("Anna Kovalenko");
		assertThat(actor.string("kind")).isEqualTo("PERSON");
		assertThat(actor.string("title")).containsIgnoringCase("analyst");
		this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true").assertStatus(204);
		this.articles.remove(slug);
	}

	@Test
	void anEditorCorrectsSpeakerSpanAndIssuesOnAccept() {
		String slug = postArticle(BODY);
		JsonNode candidate = saying(pending(slug), "never trade our territory");
		Reply accepted = this.api.post("/api/v1/candidates/" + candidate.path("id").asLong() + "/accept",
				Map.of("speaker", "ukraine", "text", "never trade our territory", "issues", List.of("territory"),
						"statedOn", "2025-08-20", "howSaid", "said in Kyiv"))
			.assertStatus(201);
		Reply statement = this.api.get(accepted.location()).assertStatus(200);
		assertThat(statement.string("speaker.slug")).isEqualTo("ukraine");
		assertThat(statement.string("text")).isEqualTo("never trade our territory");
		String body = this.api.get("/api/v1/articles/" + slug).string("body");
		assertThat(body.substring(statement.intValue("source.start"), statement.intValue("source.end")))
			.isEqualTo("never trade our territory");
		assertThat(statement.strings("issues.*.code")).containsExactly("territory");
		assertThat(statement.string("statedOn")).isEqualTo("2025-08-20");
		assertThat(statement.string("howSaid")).isEqualTo("said in Kyiv");
	}

	@Test
	void aCorrectionThatBreaksTheStatementRulesIsA422AndLeavesTheCandidatePending() {
		String slug = postArticle(BODY);
		long id = saying(pending(slug), "never trade our territory").path("id").asLong();
		Reply refused = this.api.withoutRequestCheck()
			.post("/api/v1/candidates/" + id + "/accept", Map.of("speaker", "nobody-known"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorFields()).contains("speaker");
		assertThat(this.api.withoutRequestCheck().get("/api/v1/candidates/" + id).string("status"))
			.isEqualTo("PENDING");
		assertThat(this.api.withoutRequestCheck()
			.post("/api/v1/candidates/" + id + "/accept", Map.of("colour", "red"))
			.status()).isEqualTo(400);
	}

	@Test
	void rejectingKeepsTheReasonAndIsFinal() {
		String slug = postArticle(BODY);
		long id = saying(pending(slug), "same as it was").path("id").asLong();
		Reply rejected = this.api.post("/api/v1/candidates/" + id + "/reject", Map.of("reason", "not news"))
			.assertStatus(200);
		assertThat(rejected.string("status")).isEqualTo("REJECTED");
		assertThat(rejected.string("reason")).isEqualTo("not news");
		assertThat(this.api.post("/api/v1/candidates/" + id + "/accept", null).status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/articles/" + slug + "/candidates?status=REJECTED").list("content"))
			.extracting((c) -> c.path("id").asLong())
			.containsExactly(id);
	}

	@Test
	void runningExtractionAgainReplacesPendingKeepsDecidedAndNeverDuplicatesAStatement() {
		String slug = postArticle(BODY);
		List<JsonNode> first = pending(slug);
		long accepted = saying(first, "never trade our territory").path("id").asLong();
		long rejected = saying(first, "same as it was").path("id").asLong();
		this.api.post("/api/v1/candidates/" + accepted + "/accept", null).assertStatus(201);
		this.api.post("/api/v1/candidates/" + rejected + "/reject", null).assertStatus(200);

		Reply run = this.api.post("/api/v1/articles/" + slug + "/extraction", null).assertStatus(200);
		assertThat(run.intValue("kept")).isEqualTo(2);
		List<JsonNode> again = pending(slug);
		assertThat(again).hasSize(first.size() - 2);
		assertThat(again).extracting((c) -> Reply.string(c.path("text")))
			.doesNotContain("We will never trade our territory for a ceasefire")
			.contains("A truce on these terms would only freeze the war");
		assertThat(again).extracting((c) -> c.path("id").asLong()).doesNotContain(accepted, rejected);
		List<JsonNode> all = this.api.get("/api/v1/articles/" + slug + "/candidates").list("content");
		assertThat(all).hasSize(first.size());
		assertThat(this.api.get("/api/v1/articles/" + slug).list("statements")).hasSize(1);
	}

	@Test
	void theHistoryShowsWhoProposedAndWhoDecided() {
		String slug = postArticle(BODY);
		long id = saying(pending(slug), "never trade our territory").path("id").asLong();
		this.api.post("/api/v1/candidates/" + id + "/accept", null).assertStatus(201);
		Reply history = this.api.get("/api/v1/candidates/" + id + "/history").assertStatus(200);
		assertThat(history.strings("*.change")).containsExactly("CREATED", "UPDATED");
		assertThat(history.strings("*.state.status")).containsExactly("PENDING", "ACCEPTED");
		assertThat(history.has("0.by")).isTrue();
		assertThat(this.api.get("/api/v1/candidates/987654321/history").status()).isEqualTo(404);
	}

	@Test
	void theSameWordsOfTheSameSpeakerElsewhereAreAMatchAndAcceptingAddsASource() {
		String first = postArticle(BODY);
		this.api
			.post("/api/v1/candidates/" + saying(pending(first), "never trade our territory").path("id").asLong()
					+ "/accept", null)
			.assertStatus(201);
		String second = postArticle("BRUSSELS — “We will never trade our territory for a ceasefire,” Zelensky said "
				+ "again on Thursday.\n\nMARKER");
		JsonNode again = saying(pending(second), "never trade our territory");
		assertThat(again.path("matches")).hasSize(1);
		assertThat(Reply.string(again.path("matches").get(0).path("article"))).isEqualTo(first);
		Reply accepted = this.api.post("/api/v1/candidates/" + again.path("id").asLong() + "/accept", null)
			.assertStatus(201);
		assertThat(this.api.get(accepted.location()).intValue("sourceCount")).isEqualTo(2);
	}

	@Test
	void anArticleSentAsHtmlIsStoredAsItsReadableTextWithThePagesMetadata() {
		String slug = "ingest-" + UUID.randomUUID().toString().substring(0, 10);
		this.articles.add(slug);
		String html = """
				<!doctype html><html lang="en"><head><title>Talks | Example News</title>
				<meta property="og:title" content="Kyiv rules out land for a truce">
				<meta property="og:site_name" content="Example News">
				<meta property="article:published_time" content="2025-08-20T09:30:00Z">
				<link rel="canonical" href="https://news.example.org/kyiv-truce">
				<script>var tracking = "“not a quote,” said nobody";</script></head>
				<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
				<article><h1>Kyiv rules out land for a truce</h1>
				<p>“We will never trade our territory for a ceasefire,” Zelensky told reporters.</p>
				<div class="ad">Advertisement</div>
				<p>Share this article</p>
				<p>The talks continue next week. %s</p></article>
				<footer>© Example News. Follow Us: @example</footer></body></html>""".formatted(slug);
		Reply created = this.api.post("/api/v1/articles", Map.of("slug", slug, "html", html)).assertStatus(201);
		assertThat(created.string("title")).isEqualTo("Kyiv rules out land for a truce");
		assertThat(created.string("outlet")).isEqualTo("Example News");
		assertThat(created.string("publishedOn")).isEqualTo("2025-08-20");
		assertThat(created.string("url")).isEqualTo("https://news.example.org/kyiv-truce");
		assertThat(created.string("language")).isEqualTo("en");
		String body = this.api.get("/api/v1/articles/" + slug).string("body");
		assertThat(body).isEqualTo("“We will never trade our territory for a ceasefire,” Zelensky told reporters.\n\n"
				+ "The talks continue next week. " + slug);
		assertThat(pending(slug)).extracting((c) -> Reply.string(c.path("text")))
			.containsExactly("We will never trade our territory for a ceasefire");
	}

	@Test
	void badArticleInputIsAProblemNamingTheField() {
		Reply noText = this.api.post("/api/v1/articles", Map.of("slug", "ingest-empty", "title", "Empty", "language",
				"en", "html", "<html><body><nav>Home</nav><script>x()</script></body></html>"));
		assertThat(noText.status()).isEqualTo(422);
		assertThat(noText.errorFields()).containsExactly("html");
		Reply both = this.api.post("/api/v1/articles",
				Map.of("slug", "ingest-both", "title", "Both", "language", "en", "body", "Text.", "html", "<p>x</p>"));
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.errorFields()).containsExactly("html");
		Reply neither = this.api.post("/api/v1/articles", Map.of("slug", "ingest-neither", "language", "en"));
		assertThat(neither.status()).isEqualTo(400);
		assertThat(neither.errorFields()).contains("body", "title");
		Reply blank = this.api.post("/api/v1/articles",
				Map.of("slug", "ingest-blank", "title", "Blank", "language", "en", "body", "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("body");
	}

	@Test
	void theExtractorCanBeTriedOnAnyTextAndStoresNothing() {
		Reply tried = this.api.withoutRequestCheck()
			.post("/api/v1/extractions", Map.of("text", BODY.replace("MARKER", "")))
			.assertStatus(200);
		List<JsonNode> quotes = tried.list("quotes");
		assertThat(quotes).extracting((q) -> Reply.string(q.path("text")))
			.contains("We will never trade our territory for a ceasefire",
					"A truce on these terms would only freeze the war");
		assertThat(quotes.get(0).has("id")).isFalse();
		assertThat(quotes.get(0).has("status")).isFalse();
		assertThat(tried.strings("actors.*.name")).contains("Anna Kovalenko");
		assertThat(this.api.withoutRequestCheck().get("/api/v1/actors/anna-kovalenko").status()).isEqualTo(404);

		assertThat(this.api.withoutRequestCheck().post("/api/v1/extractions", Map.of("text", " ")).errorFields())
			.containsExactly("text");
		assertThat(this.api.withoutRequestCheck().post("/api/v1/extractions", Map.of("text", "a\u0000b")).status())
			.isEqualTo(400);
		Reply tooLong = this.api.withoutRequestCheck()
			.post("/api/v1/extractions", Map.of("text", "x".repeat(1_000_001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errorFields()).containsExactly("text");
		assertThat(this.api.withoutRequestCheck()
			.withKey(null)
			.post("/api/v1/extractions", Map.of("text", "“Yes,” he said."))
			.status()).isEqualTo(401);
	}

	@Test
	void anUnknownArticleOrCandidateIsA404() {
		assertThat(this.api.withoutRequestCheck().get("/api/v1/articles/no-such-article/candidates").status())
			.isEqualTo(404);
		assertThat(this.api.withoutRequestCheck().post("/api/v1/articles/no-such-article/extraction", null).status())
			.isEqualTo(404);
		assertThat(this.api.withoutRequestCheck().post("/api/v1/candidates/987654321/accept", null).status())
			.isEqualTo(404);
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/articles/us-pushes-for-peace-deal/candidates?status=MAYBE")
			.status()).isEqualTo(400);
	}

}
