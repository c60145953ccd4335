package org.parley.summit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@SuppressWarnings("unchecked")
class SummitApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsEventsByDateWithUndatedOnesLast() {
		this.http.get()
			.uri("/api/v1/summits?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].slug")
			.isEqualTo("alaska-summit-2025-08-15")
			.jsonPath("$.content[-1].startDate")
			.isEmpty()
			.jsonPath("$.content[*].status")
			.value((statuses) -> assertThat((List<String>) statuses).contains("HELD", "PLANNED", "PROPOSED"));
	}

	@Test
	void alaskaSummitHasPlaceParticipantsAndSources() {
		this.http.get()
			.uri("/api/v1/summits/alaska-summit-2025-08-15")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.startDate")
			.isEqualTo("2025-08-15")
			.jsonPath("$.status")
			.isEqualTo("HELD")
			.jsonPath("$.location.name")
			.value((name) -> assertThat((String) name).contains("Anchorage"))
			.jsonPath("$.location.latitude")
			.value((lat) -> assertThat(((Number) lat).doubleValue()).isBetween(61.0, 61.5))
			.jsonPath("$.participants[*].actor.slug")
			.value((slugs) -> assertThat((List<String>) slugs).contains("donald-trump", "vladimir-putin"))
			.jsonPath("$.participants[*].role")
			.value((roles) -> assertThat((List<String>) roles).contains("HOST"))
			.jsonPath("$.sources[*].slug")
			.value((slugs) -> assertThat((List<String>) slugs).contains("us-pushes-for-peace-deal",
					"alaska-summit-cautiously-positive"));
	}

	@Test
	void whiteHouseMeetingKeepsTheDateMostSourcesGiveAndNamesTheDisagreement() {
		this.http.get()
			.uri("/api/v1/summits/white-house-meeting-2025-08-18")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.startDate")
			.isEqualTo("2025-08-18")
			.jsonPath("$.summary")
			.value((summary) -> assertThat((String) summary).contains("17"))
			.jsonPath("$.participants[*].actor.slug")
			.value((slugs) -> assertThat((List<String>) slugs).contains("donald-trump", "volodymyr-zelenskyy",
					"emmanuel-macron", "friedrich-merz", "mark-rutte"));
	}

	@Test
	void detailListsTheStatementsMadeThere() {
		this.http.get()
			.uri("/api/v1/summits/alaska-joint-press-conference-2025-08-15")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.statements[*].summit.slug")
			.value((slugs) -> assertThat((List<String>) slugs).isNotEmpty()
				.containsOnly("alaska-joint-press-conference-2025-08-15"));
	}

	@Test
	void filtersByDateRange() {
		this.http.get()
			.uri("/api/v1/summits?from=2025-08-16&to=2025-08-31&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].startDate")
			.value((dates) -> assertThat((List<String>) dates).isNotEmpty()
				.allSatisfy((d) -> assertThat(d).isBetween("2025-08-16", "2025-08-31")))
			.jsonPath("$.content[*].slug")
			.value((slugs) -> assertThat((List<String>) slugs).contains("white-house-meeting-2025-08-18")
				.doesNotContain("alaska-summit-2025-08-15"));
	}

	@Test
	void filtersByParticipant() {
		this.http.get()
			.uri("/api/v1/summits?actor=vladimir-putin&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.value((slugs) -> assertThat((List<String>) slugs).contains("alaska-summit-2025-08-15")
				.doesNotContain("white-house-meeting-2025-08-18"));
	}

	@Test
	void filtersByStatusAndKind() {
		this.http.get()
			.uri("/api/v1/summits?status=proposed&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].status")
			.value((s) -> assertThat((List<String>) s).isNotEmpty().containsOnly("PROPOSED"));
		this.http.get()
			.uri("/api/v1/summits?kind=PHONE_CALL")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].kind")
			.value((k) -> assertThat((List<String>) k).isNotEmpty().containsOnly("PHONE_CALL"));
	}

	@Test
	void unknownActorFilterIsAnEmptyPage() {
		this.http.get()
			.uri("/api/v1/summits?actor=nobody")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
	}

}
