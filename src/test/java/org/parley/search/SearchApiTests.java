package org.parley.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SearchApiTests {

	@Autowired
	RestTestClient http;

	List<Map<String, Object>> search(String query) {
		return Json.content(this.http, "/api/v1/search?size=100&" + query);
	}

	@Test
	void securityGuaranteesRanksStatementsAboutThemFirst() {
		List<Map<String, Object>> hits = search("q=security guarantees");
		assertThat(hits).hasSizeGreaterThan(10);
		List<Map<String, Object>> top = hits.subList(0, 5);
		assertThat(top).allSatisfy((hit) -> {
			assertThat(hit.get("type")).isEqualTo("STATEMENT");
			assertThat(((String) hit.get("title")).toLowerCase()).contains("security guarantee");
			assertThat((String) hit.get("snippet")).contains("<mark>");
		});
		assertThat(hits).extracting((h) -> (Double) h.get("rank")).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(hits).extracting((h) -> h.get("type")).contains("ARTICLE");
	}

	@Test
	void hitsLinkToTheirRecords() {
		for (Map<String, Object> hit : search("q=ceasefire")) {
			this.http.get().uri((String) hit.get("href")).exchange().expectStatus().isOk();
			assertThat(Json.at(hit, "article")).containsKeys("slug", "title");
			if ("STATEMENT".equals(hit.get("type"))) {
				assertThat(hit.get("id")).isNotNull();
				assertThat(Json.at(hit, "speaker")).containsKey("slug");
			}
		}
	}

	@Test
	void stemmingFindsOtherFormsOfAWord() {
		assertThat(search("q=guarantee")).extracting((h) -> (String) h.get("title"))
			.anySatisfy((t) -> assertThat(t).contains("guarantees"));
	}

	@Test
	void phrasesExclusionAndOrFollowWebSearchSyntax() {
		List<Map<String, Object>> phrase = search("q=\"no deal unless\"");
		assertThat(phrase).extracting((h) -> h.get("title")).contains("there is no deal unless there is a deal.");
		List<Map<String, Object>> excluding = search("q=security guarantees -putin&type=STATEMENT");
		assertThat(excluding).isNotEmpty()
			.allSatisfy((h) -> assertThat(((String) h.get("title")).toLowerCase()).doesNotContain("putin"));
		List<Map<String, Object>> either = search("q=wrench OR deadlock&type=STATEMENT");
		assertThat(either).extracting((h) -> h.get("title"))
			.contains("throw a wrench in the works", "breaking the deadlock");
	}

	@Test
	void filtersByTypeActorIssueAndDate() {
		assertThat(search("q=peace&type=article")).isNotEmpty()
			.allSatisfy((h) -> assertThat(h.get("type")).isEqualTo("ARTICLE"));
		assertThat(search("q=peace&type=statement&actor=donald-trump")).isNotEmpty()
			.allSatisfy((h) -> assertThat(Json.at(h, "speaker").get("slug")).isEqualTo("donald-trump"));
		assertThat(search("q=peace&type=statement&issue=territory")).isNotEmpty()
			.allSatisfy((h) -> this.http.get()
				.uri((String) h.get("href"))
				.exchange()
				.expectBody()
				.jsonPath("$.issues[*].code")
				.value((codes) -> assertThat((List<String>) codes).contains("territory")));
		assertThat(search("q=peace&from=2025-08-18&to=2025-08-18")).isNotEmpty()
			.allSatisfy((h) -> assertThat(h.get("date")).isEqualTo("2025-08-18"));
	}

	@Test
	void articlesMatchTheActorFilterWhenTheyPrintTheirStatements() {
		assertThat(search("q=peace&type=article&actor=karoline-leavitt"))
			.extracting((h) -> Json.at(h, "article").get("slug"))
			.containsExactly("us-pushes-for-russia-ukraine-dialogue");
	}

	@Test
	void noResultsIsAnEmptyPage() {
		this.http.get()
			.uri("/api/v1/search?q=zeppelin")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void pagesThroughHits() {
		int total = search("q=security").size();
		this.http.get()
			.uri("/api/v1/search?q=security&size=3&page=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(3)
			.jsonPath("$.page.totalElements")
			.isEqualTo(total);
	}

	@ParameterizedTest(name = "q=[{0}]")
	@ValueSource(strings = { "", "  ", "the and of", "\"\"", "-", "OR", "!!! ???" })
	void blankOrWordlessQueryIsA400ProblemNamingQ(String q) {
		this.http.get()
			.uri((b) -> b.path("/api/v1/search").queryParam("q", q).build())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].parameter")
			.isEqualTo("q");
	}

	@Test
	void missingQueryIsA400ProblemNamingQ() {
		this.http.get()
			.uri("/api/v1/search?type=ARTICLE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].parameter")
			.isEqualTo("q");
	}

	@Test
	void overlongQueryIsA400Problem() {
		this.http.get()
			.uri("/api/v1/search?q=" + "peace ".repeat(60))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].parameter")
			.isEqualTo("q");
	}

	@Test
	void otherBadParametersAre400Problems() {
		for (String uri : List.of("/api/v1/search?q=peace&type=video", "/api/v1/search?q=peace&from=soon",
				"/api/v1/search?q=peace&size=1000", "/api/v1/search?q=peace&sort=rank",
				"/api/v1/search?q=peace&from=2025-09-01&to=2025-08-01")) {
			this.http.get().uri(uri).exchange().expectStatus().isBadRequest();
		}
	}

	@Test
	void queryTextIsNeverSql() {
		assertThat(search("q=peace'); drop table article; --")).isNotNull();
		this.http.get().uri("/api/v1/articles").exchange().expectStatus().isOk();
	}

}
