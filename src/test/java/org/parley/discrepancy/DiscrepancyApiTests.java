package org.parley.discrepancy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DiscrepancyApiTests {

	@Autowired
	Api api;

	Reply list(String query) {
		return this.api.get("/api/v1/discrepancies?" + query).assertStatus(200);
	}

	@Test
	void bothSeededDisagreementsAreRecords() {
		assertThat(list("size=100").strings("content.*.slug")).contains("white-house-meeting-date", "merz-first-name");
	}

	@Test
	void washingtonMeetingDateHasBothReadingsWithTheirArticles() {
		Reply d = this.api.get("/api/v1/discrepancies/white-house-meeting-date").assertStatus(200);
		assertThat(d.string("subject.type")).isEqualTo("SUMMIT");
		assertThat(d.string("subject.key")).isEqualTo("white-house-meeting-2025-08-18");
		List<JsonNode> readings = d.list("readings");
		assertThat(readings).hasSize(2);
		JsonNode seventeenth = readings.stream()
			.filter((r) -> Reply.string(r.path("reading")).startsWith("17 August"))
			.findFirst()
			.orElseThrow();
		assertThat(seventeenth.path("preferred").isBoolean()).isTrue();
		assertThat(seventeenth.path("preferred").booleanValue()).isFalse();
		assertThat(Reply.at(seventeenth, "sources.*.article.slug")).extracting(Reply::string)
			.containsExactly("us-pushes-for-peace-deal");
		JsonNode eighteenth = readings.stream()
			.filter((r) -> r.path("preferred").isBoolean() && r.path("preferred").booleanValue())
			.findFirst()
			.orElseThrow();
		assertThat(eighteenth.path("sources").isArray()).isTrue();
		assertThat(eighteenth.path("sources").size()).isEqualTo(3);
	}

	@Test
	void everyExcerptIsPrintedInItsArticle() {
		for (JsonNode source : list("size=100").list("content.*.readings.*.sources.*")) {
			String body = this.api.get("/api/v1/articles/{slug}", Reply.string(source.path("article").path("slug")))
				.assertStatus(200)
				.string("body");
			assertThat(body).contains(Reply.string(source.path("excerpt")));
		}
	}

	@Test
	void recordsLinkToTheDisagreementsAboutThem() {
		assertThat(this.api.get("/api/v1/summits/white-house-meeting-2025-08-18").strings("discrepancies.*.slug"))
			.containsExactly("white-house-meeting-date");
		assertThat(this.api.get("/api/v1/actors/friedrich-merz").strings("discrepancies.*.href"))
			.containsExactly("/api/v1/discrepancies/merz-first-name");
		assertThat(this.api.get("/api/v1/actors/donald-trump").list("discrepancies")).isEmpty();
	}

	@Test
	void filtersBySubject() {
		assertThat(list("subjectType=ACTOR&subject=friedrich-merz").strings("content.*.slug"))
			.containsExactly("merz-first-name");
		assertThat(list("subjectType=SUMMIT").strings("content.*.subject.type")).isNotEmpty().containsOnly("SUMMIT");
	}

	@Test
	void unknownSlugIsA404AndBadSubjectTypeA400() {
		this.api.withoutRequestCheck().get("/api/v1/discrepancies/nothing").assertStatus(404);
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/discrepancies?subjectType=planet")
			.assertStatus(400)
			.string("errors.0.parameter")).isEqualTo("subjectType");
	}

}
