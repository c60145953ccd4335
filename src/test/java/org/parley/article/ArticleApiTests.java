package org.parley.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ArticleApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsTheFiveSeedArticlesInFileOrderWithoutBodies() {
		this.http.get()
			.uri("/api/v1/articles")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(5)
			.jsonPath("$.page.size")
			.isEqualTo(20)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalPages")
			.isEqualTo(1)
			.jsonPath("$.content[0].sourceFile")
			.isEqualTo("000_b2136352f6002f98.txt")
			.jsonPath("$.content[4].sourceFile")
			.isEqualTo("004_3f5d1c33c9c20a76.txt")
			.jsonPath("$.content[0].body")
			.doesNotExist()
			.jsonPath("$.content[0].publishedOn")
			.isEmpty()
			.jsonPath("$.content[3].outlet")
			.isEqualTo("Info Finance");
	}

	@Test
	void pagesThroughArticles() {
		this.http.get()
			.uri("/api/v1/articles?size=2&page=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.page.totalPages")
			.isEqualTo(3)
			.jsonPath("$.content[0].slug")
			.isEqualTo("trump-says-putin-open-to-security-guarantees");
	}

	@Test
	void pageBeyondTheLastIsEmptyNotAnError() {
		this.http.get()
			.uri("/api/v1/articles?page=50")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.isEqualTo(5);
	}

	@Test
	void sortsByTitleDescending() {
		this.http.get()
			.uri("/api/v1/articles?sort=title,desc")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].title")
			.isEqualTo("US Pushes for Russia–Ukraine Dialogue: A New Signal for Peace Talks");
	}

	@Test
	@SuppressWarnings("unchecked")
	void detailHasTheBodyAndStatementsWhoseOffsetsReproduceTheirText() {
		Map<String, Object> article = Json.get(this.http, "/api/v1/articles/us-pushes-for-peace-deal");
		String body = (String) article.get("body");
		assertThat(body).startsWith("U.S. pushes for peace deal between Russia and Ukraine\n");
		List<Map<String, Object>> statements = (List<Map<String, Object>>) article.get("statements");
		assertThat(statements).isNotEmpty();
		int previousStart = -1;
		for (Map<String, Object> statement : statements) {
			Map<String, Object> source = (Map<String, Object>) statement.get("source");
			int start = (Integer) source.get("start");
			int end = (Integer) source.get("end");
			assertThat(body.substring(start, end)).isEqualTo(statement.get("text"));
			assertThat(((Map<String, Object>) source.get("article")).get("slug")).isEqualTo("us-pushes-for-peace-deal");
			assertThat(start).isGreaterThanOrEqualTo(previousStart);
			previousStart = start;
		}
		assertThat(statements).extracting((s) -> s.get("text"))
			.contains("We agreed to robust security guarantees that I would describe as game-changing");
	}

}
