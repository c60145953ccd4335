package org.parley.position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position list is in issue-code, actor-name order, read from copies of the code and
 * name that the database keeps on each position; renaming an actor moves its positions.
 */
@ApiTest
@AsEditor
class PositionListOrderTests {

	@Autowired
	Api api;

	@Test
	void positionsFollowTheirActorsNameWhenItChanges() {
		assertTheListIsInIssueAndActorOrder();
		Reply russia = this.api.get("/api/v1/actors/russia").assertStatus(200);
		String name = russia.string("name");
		this.api.ifMatch(russia.etag())
			.patch("/api/v1/actors/russia", "{\"name\": \"Aaa Russian Federation\"}")
			.assertStatus(200);
		try {
			assertTheListIsInIssueAndActorOrder();
			Reply first = this.api.get("/api/v1/positions?issue=ceasefire&size=1").assertStatus(200);
			assertThat(first.string("content.0.actor.slug")).isEqualTo("russia");
		}
		finally {
			Reply renamed = this.api.get("/api/v1/actors/russia").assertStatus(200);
			this.api.ifMatch(renamed.etag())
				.patch("/api/v1/actors/russia", "{\"name\": \"" + name + "\"}")
				.assertStatus(200);
		}
		assertTheListIsInIssueAndActorOrder();
	}

	private void assertTheListIsInIssueAndActorOrder() {
		List<JsonNode> all = new ArrayList<>();
		Reply page = this.api.get("/api/v1/positions?size=100").assertStatus(200);
		all.addAll(page.list("content"));
		while (!page.isNull("page.next")) {
			page = this.api.get("/api/v1/positions?size=100&cursor=" + page.string("page.next")).assertStatus(200);
			all.addAll(page.list("content"));
		}
		Comparator<JsonNode> order = Comparator
			.<JsonNode, String>comparing((p) -> p.path("issue").path("code").asString())
			.thenComparing((p) -> p.path("actor").path("name").asString())
			.thenComparing((p) -> p.path("validFrom").isNull() ? "" : p.path("validFrom").asString())
			.thenComparingLong((p) -> p.path("id").asLong());
		assertThat(all).hasSizeGreaterThan(40).isSortedAccordingTo(order);
	}

}
