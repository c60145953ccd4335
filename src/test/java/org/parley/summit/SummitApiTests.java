package org.parley.summit;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class SummitApiTests {

	@Autowired
	Api api;

	Reply get(String uri) {
		return this.api.get(uri).assertStatus(200);
	}

	@Test
	void listsEventsByDateWithUndatedOnesLast() {
		Reply page = get("/api/v1/summits?size=100");
		assertThat(page.string("content.0.slug")).isEqualTo("alaska-summit-2025-08-15");
		assertThat(page.isNull("content.-1.startDate")).isTrue();
		assertThat(page.strings("content.*.status")).contains("HELD", "PLANNED", "PROPOSED");
	}

	@Test
	void alaskaSummitHasPlaceParticipantsAndSources() {
		Reply alaska = get("/api/v1/summits/alaska-summit-2025-08-15");
		assertThat(alaska.string("startDate")).isEqualTo("2025-08-15");
		assertThat(alaska.string("status")).isEqualTo("HELD");
		assertThat(alaska.string("location.name")).contains("Anchorage");
		assertThat(alaska.json("location.latitude").isNumber()).isTrue();
		assertThat(alaska.json("location.latitude").doubleValue()).isBetween(61.0, 61.5);
		assertThat(alaska.strings("participants.*.actor.slug")).contains("donald-trump", "vladimir-putin");
		assertThat(alaska.strings("participants.*.role")).contains("HOST");
		assertThat(alaska.strings("sources.*.slug")).contains("us-pushes-for-peace-deal",
				"alaska-summit-cautiously-positive");
	}

	@Test
	void whiteHouseMeetingKeepsTheDateMostSourcesGiveAndNamesTheDisagreement() {
		Reply meeting = get("/api/v1/summits/white-house-meeting-2025-08-18");
		assertThat(meeting.string("startDate")).isEqualTo("2025-08-18");
		assertThat(meeting.string("summary")).contains("17");
		assertThat(meeting.strings("participants.*.actor.slug")).contains("donald-trump", "volodymyr-zelenskyy",
				"emmanuel-macron", "friedrich-merz", "mark-rutte");
	}

	@Test
	void detailListsTheStatementsMadeThere() {
		assertThat(get("/api/v1/summits/alaska-joint-press-conference-2025-08-15").strings("statements.*.summit.slug"))
			.isNotEmpty()
			.containsOnly("alaska-joint-press-conference-2025-08-15");
	}

	@Test
	void filtersByDateRange() {
		Reply page = get("/api/v1/summits?from=2025-08-16&to=2025-08-31&size=100");
		assertThat(page.strings("content.*.startDate")).isNotEmpty()
			.allSatisfy((d) -> assertThat(d).isBetween("2025-08-16", "2025-08-31"));
		assertThat(page.strings("content.*.slug")).contains("white-house-meeting-2025-08-18")
			.doesNotContain("alaska-summit-2025-08-15");
	}

	@Test
	void filtersByParticipant() {
		assertThat(get("/api/v1/summits?actor=vladimir-putin&size=100").strings("content.*.slug"))
			.contains("alaska-summit-2025-08-15")
			.doesNotContain("white-house-meeting-2025-08-18");
	}

	@Test
	void filtersByStatusAndKind() {
		assertThat(get("/api/v1/summits?status=PROPOSED&size=100").strings("content.*.status")).isNotEmpty()
			.containsOnly("PROPOSED");
		assertThat(get("/api/v1/summits?kind=PHONE_CALL").strings("content.*.kind")).isNotEmpty()
			.containsOnly("PHONE_CALL");
	}

	@Test
	void unknownActorFilterIsAnEmptyPage() {
		assertThat(get("/api/v1/summits?actor=nobody").intValue("page.totalElements")).isEqualTo(0);
	}

}
