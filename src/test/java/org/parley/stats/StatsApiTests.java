package org.parley.stats;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard counts agree with what the list endpoints report. */
@ApiTest
class StatsApiTests {

	@Autowired
	Api api;

	Reply stats() {
		return this.api.get("/api/v1/stats").assertStatus(200);
	}

	long totalElements(String uri) {
		return this.api.get(uri).assertStatus(200).longValue("page.totalElements");
	}

	static long count(JsonNode row) {
		return row.path("statements").longValue();
	}

	@Test
	void totalsEqualTheListsTotals() {
		Reply stats = stats();
		assertThat(stats.intValue("totals.articles")).isEqualTo(5);
		assertThat(stats.longValue("totals.articles")).isEqualTo(totalElements("/api/v1/articles"));
		assertThat(stats.longValue("totals.actors")).isEqualTo(totalElements("/api/v1/actors"));
		assertThat(stats.longValue("totals.summits")).isEqualTo(totalElements("/api/v1/summits"));
		assertThat(stats.longValue("totals.statements")).isEqualTo(totalElements("/api/v1/statements"));
		assertThat(stats.longValue("totals.positions")).isEqualTo(totalElements("/api/v1/positions"));
		assertThat(stats.longValue("totals.currentPositions"))
			.isEqualTo(totalElements("/api/v1/positions?current=true"))
			.isLessThan(stats.longValue("totals.positions"));
	}

	@Test
	void statementsPerActorEqualEachSpeakersStatementList() {
		List<JsonNode> perActor = stats().list("statementsPerActor");
		assertThat(perActor).isNotEmpty()
			.extracting(StatsApiTests::count)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(perActor).extracting((row) -> Reply.string(row.path("actor").path("slug")))
			.contains("vladimir-putin");
		for (JsonNode row : perActor) {
			String slug = Reply.string(row.path("actor").path("slug"));
			assertThat(Reply.string(row.path("actor").path("name"))).isNotNull();
			assertThat(count(row)).as(slug).isPositive().isEqualTo(totalElements("/api/v1/statements?actor=" + slug));
		}
		long sum = perActor.stream().mapToLong(StatsApiTests::count).sum();
		assertThat(sum).isEqualTo(totalElements("/api/v1/statements"));
	}

	@Test
	void statementsPerIssueEqualEachIssuesStatementList() {
		List<JsonNode> perIssue = stats().list("statementsPerIssue");
		assertThat(perIssue).hasSize((int) totalElements("/api/v1/issues"))
			.extracting(StatsApiTests::count)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		for (JsonNode row : perIssue) {
			String code = Reply.string(row.path("issue").path("code"));
			assertThat(count(row)).as(code).isEqualTo(totalElements("/api/v1/statements?issue=" + code));
		}
		assertThat(perIssue)
			.filteredOn((row) -> "security-guarantees".equals(Reply.string(row.path("issue").path("code"))))
			.singleElement()
			.satisfies((row) -> assertThat(count(row)).isGreaterThan(5));
	}

	@Test
	void statementsPerDayAndUndatedAddUpToAllStatements() {
		Reply stats = stats();
		List<JsonNode> perDay = stats.list("statementsPerDay");
		assertThat(perDay).extracting((row) -> Reply.string(row.path("date")))
			.doesNotContainNull()
			.isSorted()
			.doesNotHaveDuplicates()
			.contains("2025-08-15", "2025-08-18");
		for (JsonNode row : perDay) {
			String date = Reply.string(row.path("date"));
			assertThat(count(row)).as(date)
				.isPositive()
				.isEqualTo(totalElements("/api/v1/statements?from=" + date + "&to=" + date));
		}
		long undated = stats.longValue("undatedStatements");
		assertThat(undated).isPositive();
		long dated = perDay.stream().mapToLong(StatsApiTests::count).sum();
		assertThat(dated + undated).isEqualTo(stats.longValue("totals.statements"))
			.isEqualTo(totalElements("/api/v1/statements"));
	}

}
