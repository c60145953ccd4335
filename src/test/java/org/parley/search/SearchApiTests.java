package org.parley.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SearchApiTests {

	@Autowired
	Api api;

	List<JsonNode> search(String query) {
		return this.api.get("/api/v1/search?size=100&" + query).assertStatus(200).list("content");
	}

	static String string(JsonNode hit, String path) {
		return Reply.string(Reply.at(hit, path).get(0));
	}

	@Test
	void securityGuaranteesRanksStatementsAboutThemFirst() {
		List<JsonNode> hits = search("q=security guarantees");
		assertThat(hits).hasSizeGreaterThan(10);
		List<JsonNode> top = hits.subList(0, 5);
		assertThat(top).allSatisfy((hit) -> {
			assertThat(string(hit, "type")).isEqualTo("STATEMENT");
			assertThat(string(hit, "title").toLowerCase()).contains("security guarantee");
			assertThat(string(hit, "snippet")).contains("<mark>");
		});
		assertThat(hits).allSatisfy((h) -> assertThat(h.path("rank").isDouble()).as("rank %s", h.path("rank")).isTrue())
			.extracting((h) -> h.path("rank").doubleValue())
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(hits).extracting((h) -> string(h, "type")).contains("ARTICLE");
	}

	@Test
	void hitsLinkToTheirRecords() {
		for (JsonNode hit : search("q=ceasefire")) {
			this.api.get(string(hit, "href")).assertStatus(200);
			assertThat(hit.path("article").propertyNames()).contains("slug", "title");
			if ("STATEMENT".equals(string(hit, "type"))) {
				assertThat(hit.path("id").isMissingNode() || hit.path("id").isNull()).isFalse();
				assertThat(hit.path("speaker").has("slug")).isTrue();
			}
		}
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		assertThat(search("q=guarantee")).extracting((h) -> string(h, "title"))
			.anySatisfy((t) -> assertThat(t).contains("guarantees"));
	}

	@Test
	void phrasesExclusionAndOrFollowWebSearchSyntax() {
		assertThat(search("q=\"no deal unless\"")).extracting((h) -> string(h, "title"))
			.contains("there is no deal unless there is a deal.");
		assertThat(search("q=security guarantees -putin&type=STATEMENT")).isNotEmpty()
			.allSatisfy((h) -> assertThat(string(h, "title").toLowerCase()).doesNotContain("putin"));
		assertThat(search("q=wrench OR deadlock&type=STATEMENT")).extracting((h) -> string(h, "title"))
			.contains("throw a wrench in the works", "breaking the deadlock");
	}

	@Test
	void filtersByTypeActorIssueAndDate() {
		assertThat(search("q=peace&type=ARTICLE")).isNotEmpty()
			.allSatisfy((h) -> assertThat(string(h, "type")).isEqualTo("ARTICLE"));
		assertThat(search("q=peace&type=STATEMENT&actor=donald-trump")).isNotEmpty()
			.allSatisfy((h) -> assertThat(string(h, "speaker.slug")).isEqualTo("donald-trump"));
		assertThat(search("q=peace&type=STATEMENT&issue=territory")).isNotEmpty()
			.allSatisfy(
					(h) -> assertThat(this.api.withoutRequestCheck().get(string(h, "href")).strings("issues.*.code"))
						.contains("territory"));
		assertThat(search("q=peace&from=2025-08-18&to=2025-08-18")).isNotEmpty()
			.allSatisfy((h) -> assertThat(string(h, "date")).isEqualTo("2025-08-18"));
	}

	@Test
	void articlesMatchTheActorFilterWhenTheyPrintTheirStatements() {
		assertThat(search("q=peace&type=ARTICLE&actor=karoline-leavitt")).extracting((h) -> string(h, "article.slug"))
			.containsExactly("us-pushes-for-russia-ukraine-dialogue");
	}

	@Test
	void noResultsIsAnEmptyPage() {
		Reply page = this.api.get("/api/v1/search?q=zeppelin").assertStatus(200);
		assertThat(page.list("content")).isEmpty();
		assertThat(page.intValue("page.totalElements")).isEqualTo(0);
	}

	@Test
	void pagesThroughHits() {
		int total = search("q=security").size();
		Reply page = this.api.get("/api/v1/search?q=security&size=3&page=1").assertStatus(200);
		assertThat(page.list("content")).hasSize(3);
		assertThat(page.intValue("page.totalElements")).isEqualTo(total);
	}

	@ParameterizedTest(name = "q=[{0}]")
	@ValueSource(strings = { "", "  ", "the and of", "\"\"", "-", "OR", "!!! ???" })
	void blankOrWordlessQueryIsA400ProblemNamingQ(String q) {
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/search?q={q}", q)
			.assertStatus(400)
			.string("errors.0.parameter")).isEqualTo("q");
	}

	@Test
	void missingQueryIsA400ProblemNamingQ() {
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/search?type=ARTICLE")
			.assertStatus(400)
			.string("errors.0.parameter")).isEqualTo("q");
	}

	@Test
	void overlongQueryIsA400Problem() {
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/search?q=" + "peace ".repeat(60))
			.assertStatus(400)
			.string("errors.0.parameter")).isEqualTo("q");
	}

	@Test
	void otherBadParametersAre400Problems() {
		for (String uri : List.of("/api/v1/search?q=peace&type=video", "/api/v1/search?q=peace&from=soon",
				"/api/v1/search?q=peace&size=1000", "/api/v1/search?q=peace&sort=rank",
				"/api/v1/search?q=peace&from=2025-09-01&to=2025-08-01")) {
			this.api.withoutRequestCheck().get(uri).assertStatus(400);
		}
	}

	@Test
	void queryTextIsNeverSql() {
		assertThat(search("q=peace'); drop table article; --")).isNotNull();
		this.api.get("/api/v1/articles").assertStatus(200);
	}

}
