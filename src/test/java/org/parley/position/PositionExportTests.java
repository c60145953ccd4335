package org.parley.position;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/positions} with {@code Accept: text/csv}. */
@ApiTest
@SuppressWarnings("unchecked")
class PositionExportTests {

	@Autowired
	RestTestClient http;

	@Test
	void csvKeepsRussiasChangeOfStanceWithItsEvidence() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/positions?actor=russia&issue=security-guarantees");
		assertThat(csv.column("stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(csv.column("current")).containsExactly("false", "true");
		CSVRecord before = csv.rows().get(0);
		CSVRecord after = csv.rows().get(1);
		assertThat(after.get("valid_from")).isEqualTo("2025-08-15");
		assertThat(after.get("supersedes_id")).isEqualTo(before.get("id"));
		assertThat(before.get("superseded_by_id")).isEqualTo(after.get("id"));
		assertThat(after.get("actor_name")).isEqualTo("Russia");

		Map<String, Object> listed = Json.get(this.http, "/api/v1/positions/{id}", after.get("id"));
		List<Map<String, Object>> evidence = (List<Map<String, Object>>) Json.at(listed, "position").get("evidence");
		List<String> statementIds = evidence.stream()
			.filter((e) -> "STATEMENT".equals(e.get("type")))
			.map((e) -> String.valueOf(e.get("statementId")))
			.toList();
		List<String> articles = evidence.stream()
			.map((e) -> (String) ((Map<String, Object>) e.get("article")).get("slug"))
			.distinct()
			.toList();
		assertThat(after.get("evidence_statement_ids")).isEqualTo(String.join(";", statementIds));
		assertThat(after.get("evidence_article_slugs").split(";")).containsExactlyElementsOf(articles);
		assertThat(after.get("source_count")).isEqualTo(String.valueOf(articles.size()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "actor=russia", "issue=ceasefire&current=true", "current=false",
			"actor=donald-trump&issue=troop-deployment" })
	void csvHasOneRowPerPositionOfTheJsonList(String filter) {
		Map<String, Object> page = Json.get(this.http, "/api/v1/positions?size=1&" + filter);
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/positions?" + filter);
		assertThat((long) csv.rows().size())
			.isEqualTo(((Number) Json.at(page, "page").get("totalElements")).longValue());
		assertThat(csv.rows()).isNotEmpty();
	}

	@Test
	void csvOfNoPositionsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/positions?actor=nobody-at-all");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("id", "actor_slug", "issue_code", "stance");
	}

}
