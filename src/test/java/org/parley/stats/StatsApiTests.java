package org.parley.stats;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard counts agree with what the list endpoints report. */
@ApiTest
@SuppressWarnings("unchecked")
class StatsApiTests {

	@Autowired
	RestTestClient http;

	Map<String, Object> stats() {
		return Json.get(this.http, "/api/v1/stats");
	}

	long totalElements(String uri) {
		return ((Number) Json.at(Json.get(this.http, uri), "page").get("totalElements")).longValue();
	}

	static long count(Map<String, Object> row) {
		return ((Number) row.get("statements")).longValue();
	}

	@Test
	void totalsEqualTheListsTotals() {
		Map<String, Object> totals = Json.at(stats(), "totals");
		assertThat(totals).containsEntry("articles", 5);
		assertThat(((Number) totals.get("articles")).longValue()).isEqualTo(totalElements("/api/v1/articles"));
		assertThat(((Number) totals.get("actors")).longValue()).isEqualTo(totalElements("/api/v1/actors"));
		assertThat(((Number) totals.get("summits")).longValue()).isEqualTo(totalElements("/api/v1/summits"));
		assertThat(((Number) totals.get("statements")).longValue()).isEqualTo(totalElements("/api/v1/statements"));
		assertThat(((Number) totals.get("positions")).longValue()).isEqualTo(totalElements("/api/v1/positions"));
		assertThat(((Number) totals.get("currentPositions")).longValue())
			.isEqualTo(totalElements("/api/v1/positions?current=true"))
			.isLessThan(((Number) totals.get("positions")).longValue());
	}

	@Test
	void statementsPerActorEqualEachSpeakersStatementList() {
		List<Map<String, Object>> perActor = (List<Map<String, Object>>) stats().get("statementsPerActor");
		assertThat(perActor).isNotEmpty()
			.extracting(StatsApiTests::count)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(perActor).extracting((row) -> Json.at(row, "actor").get("slug")).contains("vladimir-putin");
		for (Map<String, Object> row : perActor) {
			String slug = (String) Json.at(row, "actor").get("slug");
			assertThat(Json.at(row, "actor").get("name")).isNotNull();
			assertThat(count(row)).as(slug).isPositive().isEqualTo(totalElements("/api/v1/statements?actor=" + slug));
		}
		long sum = perActor.stream().mapToLong(StatsApiTests::count).sum();
		assertThat(sum).isEqualTo(totalElements("/api/v1/statements"));
	}

	@Test
	void statementsPerIssueEqualEachIssuesStatementList() {
		List<Map<String, Object>> perIssue = (List<Map<String, Object>>) stats().get("statementsPerIssue");
		assertThat(perIssue).hasSize((int) totalElements("/api/v1/issues"))
			.extracting(StatsApiTests::count)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		for (Map<String, Object> row : perIssue) {
			String code = (String) Json.at(row, "issue").get("code");
			assertThat(count(row)).as(code).isEqualTo(totalElements("/api/v1/statements?issue=" + code));
		}
		assertThat(perIssue).filteredOn((row) -> Json.at(row, "issue").get("code").equals("security-guarantees"))
			.singleElement()
			.satisfies((row) -> assertThat(count(row)).isGreaterThan(5));
	}

	@Test
	void statementsPerDayAndUndatedAddUpToAllStatements() {
		Map<String, Object> stats = stats();
		List<Map<String, Object>> perDay = (List<Map<String, Object>>) stats.get("statementsPerDay");
		assertThat(perDay).extracting((row) -> (String) row.get("date"))
			.doesNotContainNull()
			.isSorted()
			.doesNotHaveDuplicates()
			.contains("2025-08-15", "2025-08-18");
		for (Map<String, Object> row : perDay) {
			String date = (String) row.get("date");
			assertThat(count(row)).as(date)
				.isPositive()
				.isEqualTo(totalElements("/api/v1/statements?from=" + date + "&to=" + date));
		}
		long undated = ((Number) stats.get("undatedStatements")).longValue();
		assertThat(undated).isPositive();
		long dated = perDay.stream().mapToLong(StatsApiTests::count).sum();
		assertThat(dated + undated).isEqualTo(((Number) Json.at(stats, "totals").get("statements")).longValue())
			.isEqualTo(totalElements("/api/v1/statements"));
	}

}
