package org.parley.position;

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
class PositionApiTests {

	@Autowired
	RestTestClient http;

	List<Map<String, Object>> all(String query) {
		return Json.content(this.http, "/api/v1/positions?size=100&" + query);
	}

	@Test
	void everyListedPositionHasEvidence() {
		List<Map<String, Object>> positions = all("");
		assertThat(positions).isNotEmpty().allSatisfy((p) -> assertThat((List<Object>) p.get("evidence")).isNotEmpty());
	}

	@Test
	void russiaOnSecurityGuaranteesChangedOn15AugustAndBothStatesAreKept() {
		List<Map<String, Object>> history = all("actor=russia&issue=security-guarantees");
		assertThat(history).extracting((p) -> p.get("stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(history).extracting((p) -> p.get("current")).containsExactly(false, true);
		assertThat(history.get(1).get("validFrom")).isEqualTo("2025-08-15");
		assertThat(history.get(1).get("supersedesId")).isEqualTo(history.get(0).get("id"));
		assertThat(history.get(0).get("supersededById")).isEqualTo(history.get(1).get("id"));
	}

	@Test
	void currentFilterSplitsInForceFromSuperseded() {
		List<Map<String, Object>> current = all("current=true");
		List<Map<String, Object>> past = all("current=false");
		assertThat(current).extracting((p) -> p.get("current")).isNotEmpty().containsOnly(true);
		assertThat(past).extracting((p) -> p.get("current")).isNotEmpty().containsOnly(false);
		assertThat(current.size() + past.size()).isEqualTo(all("").size());
	}

	@Test
	void trumpOnUsTroopsWentFromUnclearToOpposed() {
		List<Map<String, Object>> history = all("actor=donald-trump&issue=troop-deployment");
		assertThat(history).extracting((p) -> p.get("stance")).containsExactly("UNCLEAR", "OPPOSES");
		assertThat(history).extracting((p) -> p.get("validFrom")).containsExactly("2025-08-18", "2025-08-19");
	}

	@Test
	void detailCarriesTheWholeHistory() {
		Map<String, Object> current = all("actor=russia&issue=security-guarantees&current=true").get(0);
		Map<String, Object> detail = Json.get(this.http, "/api/v1/positions/{id}", current.get("id"));
		assertThat((Map<String, Object>) detail.get("position")).containsEntry("id", current.get("id"));
		assertThat((List<Map<String, Object>>) detail.get("history")).extracting((p) -> p.get("stance"))
			.containsExactly("OPPOSES", "SUPPORTS");
	}

	@Test
	void evidenceNamesStatementsWithTheirSpeakerAndSource() {
		List<Map<String, Object>> evidence = all("actor=russia&issue=security-guarantees&current=true").stream()
			.flatMap((p) -> ((List<Map<String, Object>>) p.get("evidence")).stream())
			.toList();
		assertThat(evidence).isNotEmpty().allSatisfy((e) -> {
			assertThat(e.get("type")).isIn("STATEMENT", "ARTICLE");
			assertThat((Map<String, Object>) e.get("article")).containsKey("slug");
			if ("STATEMENT".equals(e.get("type"))) {
				assertThat(e.get("text")).isNotNull();
				assertThat(e.get("speaker")).isNotNull();
			}
		});
	}

}
