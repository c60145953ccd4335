package org.parley.issue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@SuppressWarnings("unchecked")
class IssueApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsIssuesByCodeEachWithItsQuestion() {
		this.http.get()
			.uri("/api/v1/issues?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].code")
			.value((codes) -> assertThat((List<String>) codes).isSorted()
				.contains("ceasefire", "security-guarantees", "territory", "nato-membership", "troop-deployment"))
			.jsonPath("$.content[*].question")
			.value((questions) -> assertThat((List<String>) questions).allSatisfy((q) -> assertThat(q).endsWith("?")));
	}

	@Test
	void detailShowsTheCurrentPositionOfEveryActorOnce() {
		this.http.get()
			.uri("/api/v1/issues/security-guarantees")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isNotEmpty()
			.jsonPath("$.currentPositions[*].current")
			.value((current) -> assertThat((List<Boolean>) current).isNotEmpty().containsOnly(true))
			.jsonPath("$.currentPositions[*].actor.slug")
			.value((actors) -> assertThat((List<String>) actors).doesNotHaveDuplicates().contains("russia"))
			.jsonPath("$.currentPositions[?(@.actor.slug == 'russia')].stance")
			.isEqualTo(List.of("SUPPORTS"));
	}

}
