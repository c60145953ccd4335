package org.parley.position;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class PositionApiTests {

	@Autowired
	Api api;

	Reply all(String query) {
		return this.api.get("/api/v1/positions?size=100&" + query).assertStatus(200);
	}

	static List<Boolean> current(Reply positions) {
		return positions.list("content.*.current").stream().map(JsonNode::booleanValue).toList();
	}

	@Test
	void everyListedPositionHasEvidence() {
		assertThat(all("").list("content")).isNotEmpty()
			.allSatisfy((p) -> assertThat(p.path("evidence").isArray() && !p.path("evidence").isEmpty()).isTrue());
	}

	@Test
	void russiaOnSecurityGuaranteesChangedOn15AugustAndBothStatesAreKept() {
		Reply history = all("actor=russia&issue=security-guarantees");
		assertThat(history.strings("content.*.stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(current(history)).containsExactly(false, true);
		assertThat(history.string("content.1.validFrom")).isEqualTo("2025-08-15");
		assertThat(history.longValue("content.1.supersedesId")).isEqualTo(history.longValue("content.0.id"));
		assertThat(history.longValue("content.0.supersededById")).isEqualTo(history.longValue("content.1.id"));
	}

	@Test
	void currentFilterSplitsInForceFromSuperseded() {
		Reply current = all("current=true");
		Reply past = all("current=false");
		assertThat(current(current)).isNotEmpty().containsOnly(true);
		assertThat(current(past)).isNotEmpty().containsOnly(false);
		assertThat(current.list("content").size() + past.list("content").size())
			.isEqualTo(all("").list("content").size());
	}

	@Test
	void trumpOnUsTroopsWentFromUnclearToOpposed() {
		Reply history = all("actor=donald-trump&issue=troop-deployment");
		assertThat(history.strings("content.*.stance")).containsExactly("UNCLEAR", "OPPOSES");
		assertThat(history.strings("content.*.validFrom")).containsExactly("2025-08-18", "2025-08-19");
	}

	@Test
	void detailCarriesTheWholeHistory() {
		long id = all("actor=russia&issue=security-guarantees&current=true").longValue("content.0.id");
		Reply detail = this.api.get("/api/v1/positions/{id}", id).assertStatus(200);
		assertThat(detail.longValue("position.id")).isEqualTo(id);
		assertThat(detail.strings("history.*.stance")).containsExactly("OPPOSES", "SUPPORTS");
	}

	@Test
	void evidenceNamesStatementsWithTheirSpeakerAndSource() {
		List<JsonNode> evidence = all("actor=russia&issue=security-guarantees&current=true")
			.list("content.*.evidence.*");
		assertThat(evidence).isNotEmpty().allSatisfy((e) -> {
			assertThat(Reply.string(e.path("type"))).isIn("STATEMENT", "ARTICLE");
			assertThat(e.path("article").has("slug")).isTrue();
			if ("STATEMENT".equals(Reply.string(e.path("type")))) {
				assertThat(Reply.string(e.path("text"))).isNotNull();
				assertThat(e.path("speaker").isMissingNode() || e.path("speaker").isNull()).isFalse();
			}
		});
	}

}
