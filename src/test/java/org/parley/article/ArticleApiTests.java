package org.parley.article;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ArticleApiTests {

	@Autowired
	Api api;

	@Test
	void listsTheFiveSeedArticlesInFileOrderWithoutBodies() {
		Reply page = this.api.get("/api/v1/articles").assertStatus(200);
		assertThat(page.intValue("page.totalElements")).isEqualTo(5);
		assertThat(page.intValue("page.size")).isEqualTo(20);
		assertThat(page.intValue("page.number")).isEqualTo(0);
		assertThat(page.intValue("page.totalPages")).isEqualTo(1);
		assertThat(page.string("content.0.sourceFile")).isEqualTo("000_b2136352f6002f98.txt");
		assertThat(page.string("content.4.sourceFile")).isEqualTo("004_3f5d1c33c9c20a76.txt");
		assertThat(page.string("content.0.body")).isNull();
		assertThat(page.isNull("content.0.publishedOn")).isTrue();
		assertThat(page.string("content.3.outlet")).isEqualTo("Info Finance");
	}

	@Test
	void pagesThroughArticles() {
		Reply page = this.api.get("/api/v1/articles?size=2&page=2").assertStatus(200);
		assertThat(page.list("content")).hasSize(1);
		assertThat(page.intValue("page.totalPages")).isEqualTo(3);
		assertThat(page.string("content.0.slug")).isEqualTo("trump-says-putin-open-to-security-guarantees");
	}

	@Test
	void pageBeyondTheLastIsEmptyNotAnError() {
		Reply page = this.api.get("/api/v1/articles?page=50").assertStatus(200);
		assertThat(page.list("content")).isEmpty();
		assertThat(page.intValue("page.totalElements")).isEqualTo(5);
	}

	@Test
	void sortsByTitleDescending() {
		assertThat(this.api.get("/api/v1/articles?sort=title,desc").assertStatus(200).string("content.0.title"))
			.isEqualTo("US Pushes for Russia–Ukraine Dialogue: A New Signal for Peace Talks");
	}

	@Test
	void detailHasTheBodyAndStatementsWhoseOffsetsReproduceTheirText() {
		Reply article = this.api.get("/api/v1/articles/us-pushes-for-peace-deal").assertStatus(200);
		String body = article.string("body");
		assertThat(body).startsWith("U.S. pushes for peace deal between Russia and Ukraine\n");
		assertThat(article.list("statements")).isNotEmpty();
		int previousStart = -1;
		for (JsonNode statement : article.list("statements")) {
			JsonNode source = statement.path("source");
			int start = source.path("start").intValue();
			int end = source.path("end").intValue();
			assertThat(body.substring(start, end)).isEqualTo(Reply.string(statement.path("text")));
			assertThat(Reply.string(source.path("article").path("slug"))).isEqualTo("us-pushes-for-peace-deal");
			assertThat(start).isGreaterThanOrEqualTo(previousStart);
			previousStart = start;
		}
		assertThat(article.strings("statements.*.text"))
			.contains("We agreed to robust security guarantees that I would describe as game-changing");
	}

}
