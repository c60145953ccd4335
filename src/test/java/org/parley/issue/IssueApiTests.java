package org.parley.issue;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class IssueApiTests {

	@Autowired
	Api api;

	@Test
	void listsIssuesByCodeEachWithItsQuestion() {
		Reply issues = this.api.get("/api/v1/issues?size=100").assertStatus(200);
		assertThat(issues.strings("content.*.code")).isSorted()
			.contains("ceasefire", "security-guarantees", "territory", "nato-membership", "troop-deployment");
		assertThat(issues.strings("content.*.question")).allSatisfy((q) -> assertThat(q).endsWith("?"));
	}

	@Test
	void detailShowsTheCurrentPositionOfEveryActorOnce() {
		Reply issue = this.api.get("/api/v1/issues/security-guarantees").assertStatus(200);
		assertThat(issue.string("name")).isNotEmpty();
		assertThat(issue.list("currentPositions.*.current")).extracting(JsonNode::booleanValue)
			.isNotEmpty()
			.containsOnly(true);
		assertThat(issue.strings("currentPositions.*.actor.slug")).doesNotHaveDuplicates().contains("russia");
		assertThat(issue.list("currentPositions")
			.stream()
			.filter((p) -> "russia".equals(Reply.string(p.path("actor").path("slug"))))
			.map((p) -> Reply.string(p.path("stance")))).containsExactly("SUPPORTS");
	}

}
