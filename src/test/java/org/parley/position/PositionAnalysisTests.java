package org.parley.position;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance matrix as of a date, and the shifts between dates. */
@ApiTest
@SuppressWarnings("unchecked")
class PositionAnalysisTests {

	@Autowired
	RestTestClient http;

	List<Map<String, Object>> cells(String asOf) {
		return (List<Map<String, Object>>) Json.get(this.http, "/api/v1/positions/matrix?asOf=" + asOf).get("cells");
	}

	static String stance(List<Map<String, Object>> cells, String actor, String issue) {
		return cells.stream()
			.filter((c) -> actor.equals(Json.at(c, "actor").get("slug"))
					&& issue.equals(Json.at(c, "issue").get("code")))
			.map((c) -> (String) c.get("stance"))
			.findFirst()
			.orElse(null);
	}

	@Test
	void matrixOn19AugustShowsRussiasChangedStanceOnSecurityGuarantees() {
		assertThat(stance(cells("2025-08-19"), "russia", "security-guarantees")).isEqualTo("SUPPORTS");
		assertThat(stance(cells("2025-08-14"), "russia", "security-guarantees")).isEqualTo("OPPOSES");
	}

	@Test
	void matrixFollowsTrumpOnTroopsDayByDay() {
		assertThat(stance(cells("2025-08-17"), "donald-trump", "troop-deployment")).isNull();
		assertThat(stance(cells("2025-08-18"), "donald-trump", "troop-deployment")).isEqualTo("UNCLEAR");
		assertThat(stance(cells("2025-08-19"), "donald-trump", "troop-deployment")).isEqualTo("OPPOSES");
	}

	@Test
	void matrixHasOneCellPerActorAndIssueEachWithEvidence() {
		Map<String, Object> matrix = Json.get(this.http, "/api/v1/positions/matrix?asOf=2025-08-19");
		List<Map<String, Object>> cells = (List<Map<String, Object>>) matrix.get("cells");
		assertThat(cells).extracting((c) -> Json.at(c, "actor").get("slug") + "/" + Json.at(c, "issue").get("code"))
			.doesNotHaveDuplicates();
		assertThat(cells).allSatisfy((c) -> assertThat((List<Object>) c.get("evidence")).isNotEmpty());
		assertThat((List<Object>) matrix.get("actors")).isNotEmpty();
		assertThat((List<Object>) matrix.get("issues")).isNotEmpty();
	}

	@Test
	void matrixWithoutDateIsTodaysAndEqualsTheCurrentPositions() {
		Map<String, Object> matrix = Json.get(this.http, "/api/v1/positions/matrix");
		assertThat((String) matrix.get("asOf")).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
		List<Map<String, Object>> current = Json.content(this.http, "/api/v1/positions?current=true&size=100");
		assertThat((List<Map<String, Object>>) matrix.get("cells")).extracting((c) -> c.get("id"))
			.containsExactlyInAnyOrderElementsOf(current.stream().map((c) -> c.get("id")).toList());
	}

	@Test
	void shiftsShowBeforeAfterDateAndEvidence() {
		List<Map<String, Object>> shifts = shifts("");
		Map<String, Object> russia = shifts.stream()
			.filter((s) -> "russia".equals(Json.at(s, "actor").get("slug")))
			.findFirst()
			.orElseThrow();
		assertThat(Json.at(russia, "issue").get("code")).isEqualTo("security-guarantees");
		assertThat(russia.get("date")).isEqualTo("2025-08-15");
		assertThat(Json.at(russia, "before").get("stance")).isEqualTo("OPPOSES");
		assertThat(Json.at(russia, "after").get("stance")).isEqualTo("SUPPORTS");
		assertThat((List<Object>) Json.at(russia, "after").get("evidence")).isNotEmpty();
	}

	@Test
	void shiftsFilterByDatesActorAndIssue() {
		assertThat(shifts("?from=2025-08-16")).extracting((s) -> Json.at(s, "actor").get("slug"))
			.contains("donald-trump")
			.doesNotContain("russia");
		assertThat(shifts("?to=2025-08-15")).extracting((s) -> Json.at(s, "actor").get("slug"))
			.containsExactly("russia");
		assertThat(shifts("?actor=donald-trump&issue=troop-deployment")).hasSize(1);
		assertThat(shifts("?actor=nobody")).isEmpty();
	}

	@Test
	void badDatesAre400Problems() {
		for (String uri : List.of("/api/v1/positions/matrix?asOf=19-08-2025", "/api/v1/positions/shifts?from=x",
				"/api/v1/positions/shifts?from=2025-08-20&to=2025-08-01")) {
			this.http.get().uri(uri).exchange().expectStatus().isBadRequest();
		}
	}

	@Test
	void eachRecordSaysHowManyArticlesSupportIt() {
		this.http.get()
			.uri("/api/v1/summits/white-house-meeting-2025-08-18")
			.exchange()
			.expectBody()
			.jsonPath("$.sourceCount")
			.isEqualTo(4);
		this.http.get()
			.uri("/api/v1/statements?size=1")
			.exchange()
			.expectBody()
			.jsonPath("$.content[0].sourceCount")
			.isEqualTo(1);
		List<Map<String, Object>> russia = Json.content(this.http,
				"/api/v1/positions?actor=russia&issue=security-guarantees&current=true");
		long articles = ((List<Map<String, Object>>) russia.get(0).get("evidence")).stream()
			.map((e) -> Json.at(e, "article").get("slug"))
			.distinct()
			.count();
		assertThat(russia.get(0).get("sourceCount")).isEqualTo((int) articles);
	}

	private List<Map<String, Object>> shifts(String query) {
		return this.http.get()
			.uri("/api/v1/positions/shifts" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

}
