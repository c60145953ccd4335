package org.parley.position;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/positions} with {@code Accept: text/csv}. */
@ApiTest
class PositionExportTests {

	@Autowired
	Api api;

	@Test
	void csvKeepsRussiasChangeOfStanceWithItsEvidence() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/positions?actor=russia&issue=security-guarantees");
		assertThat(csv.column("stance")).containsExactly("OPPOSES", "SUPPORTS");
		assertThat(csv.column("current")).containsExactly("false", "true");
		CSVRecord before = csv.rows().get(0);
		CSVRecord after = csv.rows().get(1);
		assertThat(after.get("valid_from")).isEqualTo("2025-08-15");
		assertThat(after.get("supersedes_id")).isEqualTo(before.get("id"));
		assertThat(before.get("superseded_by_id")).isEqualTo(after.get("id"));
		assertThat(after.get("actor_name")).isEqualTo("Russia");

		Reply listed = this.api.get("/api/v1/positions/{id}", after.get("id")).assertStatus(200);
		List<JsonNode> evidence = listed.list("position.evidence");
		List<String> statementIds = evidence.stream()
			.filter((e) -> "STATEMENT".equals(Reply.string(e.path("type"))))
			.map((e) -> String.valueOf(e.path("statementId")))
			.toList();
		List<String> articles = evidence.stream()
			.map((e) -> Reply.string(e.path("article").path("slug")))
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
		Reply page = this.api.get("/api/v1/positions?size=1&" + filter).assertStatus(200);
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/positions?" + filter);
		assertThat((long) csv.rows().size()).isEqualTo(page.longValue("page.totalElements"));
		assertThat(csv.rows()).isNotEmpty();
	}

	@Test
	void csvOfNoPositionsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/positions?actor=nobody-at-all");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("id", "actor_slug", "issue_code", "stance");
	}

}
