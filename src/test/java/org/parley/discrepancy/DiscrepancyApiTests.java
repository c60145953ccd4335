package org.parley.discrepancy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@SuppressWarnings("unchecked")
class DiscrepancyApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void bothSeededDisagreementsAreRecords() {
		List<Map<String, Object>> all = Json.content(this.http, "/api/v1/discrepancies?size=100");
		assertThat(all).extracting((d) -> d.get("slug")).contains("white-house-meeting-date", "merz-first-name");
	}

	@Test
	void washingtonMeetingDateHasBothReadingsWithTheirArticles() {
		Map<String, Object> d = Json.get(this.http, "/api/v1/discrepancies/white-house-meeting-date");
		assertThat(Json.at(d, "subject")).containsEntry("type", "SUMMIT")
			.containsEntry("key", "white-house-meeting-2025-08-18");
		List<Map<String, Object>> readings = (List<Map<String, Object>>) d.get("readings");
		assertThat(readings).hasSize(2);
		Map<String, Object> seventeenth = readings.stream()
			.filter((r) -> ((String) r.get("reading")).startsWith("17 August"))
			.findFirst()
			.orElseThrow();
		assertThat(seventeenth.get("preferred")).isEqualTo(false);
		assertThat((List<Map<String, Object>>) seventeenth.get("sources"))
			.extracting((s) -> Json.at(s, "article").get("slug"))
			.containsExactly("us-pushes-for-peace-deal");
		Map<String, Object> eighteenth = readings.stream()
			.filter((r) -> Boolean.TRUE.equals(r.get("preferred")))
			.findFirst()
			.orElseThrow();
		assertThat((List<Map<String, Object>>) eighteenth.get("sources")).hasSize(3);
	}

	@Test
	void everyExcerptIsPrintedInItsArticle() {
		for (Map<String, Object> d : Json.content(this.http, "/api/v1/discrepancies?size=100")) {
			for (Map<String, Object> reading : (List<Map<String, Object>>) d.get("readings")) {
				for (Map<String, Object> source : (List<Map<String, Object>>) reading.get("sources")) {
					String body = (String) Json
						.get(this.http, "/api/v1/articles/{slug}", Json.at(source, "article").get("slug"))
						.get("body");
					assertThat(body).contains((String) source.get("excerpt"));
				}
			}
		}
	}

	@Test
	void recordsLinkToTheDisagreementsAboutThem() {
		this.http.get()
			.uri("/api/v1/summits/white-house-meeting-2025-08-18")
			.exchange()
			.expectBody()
			.jsonPath("$.discrepancies[*].slug")
			.isEqualTo(List.of("white-house-meeting-date"));
		this.http.get()
			.uri("/api/v1/actors/friedrich-merz")
			.exchange()
			.expectBody()
			.jsonPath("$.discrepancies[*].href")
			.isEqualTo(List.of("/api/v1/discrepancies/merz-first-name"));
		this.http.get()
			.uri("/api/v1/actors/donald-trump")
			.exchange()
			.expectBody()
			.jsonPath("$.discrepancies")
			.isEmpty();
	}

	@Test
	void filtersBySubject() {
		assertThat(Json.content(this.http, "/api/v1/discrepancies?subjectType=actor&subject=friedrich-merz"))
			.extracting((d) -> d.get("slug"))
			.containsExactly("merz-first-name");
		assertThat(Json.content(this.http, "/api/v1/discrepancies?subjectType=SUMMIT"))
			.extracting((d) -> Json.at(d, "subject").get("type"))
			.isNotEmpty()
			.containsOnly("SUMMIT");
	}

	@Test
	void unknownSlugIsA404AndBadSubjectTypeA400() {
		this.http.get().uri("/api/v1/discrepancies/nothing").exchange().expectStatus().isNotFound();
		this.http.get()
			.uri("/api/v1/discrepancies?subjectType=planet")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].parameter")
			.isEqualTo("subjectType");
	}

}
