package org.parley.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ApiTest
@SuppressWarnings("unchecked")
class TimelineApiTests {

	private static final List<String> TYPE_ORDER = List.of("SUMMIT", "STATEMENT", "POSITION");

	@Autowired
	RestTestClient http;

	/** Every entry matching the query, page after page. */
	List<Map<String, Object>> all(String query) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (int page = 0;; page++) {
			Map<String, Object> body = Json.get(this.http, "/api/v1/timeline?size=100&page=" + page + "&" + query);
			entries.addAll((List<Map<String, Object>>) body.get("content"));
			if (page + 1 >= ((Number) Json.at(body, "page").get("totalPages")).intValue()) {
				return entries;
			}
		}
	}

	long totalElements(String uri) {
		return ((Number) Json.at(Json.get(this.http, uri), "page").get("totalElements")).longValue();
	}

	static String date(Map<String, Object> entry) {
		return (String) entry.get("date");
	}

	@Test
	void mergesEventsStatementsAndPositionsOfTheWholeRecord() {
		List<Map<String, Object>> entries = all("");
		assertThat(entries).extracting((e) -> e.get("type")).contains("SUMMIT", "STATEMENT", "POSITION");
		assertThat(entries).filteredOn((e) -> e.get("type").equals("SUMMIT"))
			.hasSize((int) totalElements("/api/v1/summits"));
		assertThat(entries).filteredOn((e) -> e.get("type").equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements"));
		assertThat(entries).filteredOn((e) -> e.get("type").equals("POSITION"))
			.hasSize((int) totalElements("/api/v1/positions"));
	}

	@Test
	void comesInDateOrderThenByTypeAndIdWithUndatedLast() {
		List<Map<String, Object>> entries = all("");
		Comparator<Map<String, Object>> byDate = Comparator.comparing(TimelineApiTests::date,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Map<String, Object>> timelineOrder = byDate
			.thenComparing((e) -> TYPE_ORDER.indexOf((String) e.get("type")))
			.thenComparing((e) -> (e.get("id") != null) ? ((Number) e.get("id")).longValue() : 0L);
		assertThat(entries).isSortedAccordingTo(timelineOrder);
		assertThat(entries).allSatisfy((e) -> assertThat(e.get("dated")).isEqualTo(e.get("date") != null));
		assertThat(entries).extracting((e) -> e.get("dated")).contains(true, false);
	}

	@Test
	void alaskaOn15AugustComesBeforeTheWhiteHouseOn18August() {
		List<Map<String, Object>> entries = all("");
		int alaska = indexOfSummit(entries, "alaska-summit-2025-08-15");
		int whiteHouse = indexOfSummit(entries, "white-house-meeting-2025-08-18");
		assertThat(alaska).isNotNegative().isLessThan(whiteHouse);
		assertThat(entries.get(alaska)).containsEntry("date", "2025-08-15").containsEntry("dated", true);
		assertThat(entries.get(whiteHouse)).containsEntry("date", "2025-08-18");
		int lastOfAlaskaDay = lastIndexOfDate(entries, "2025-08-15");
		int firstOfWhiteHouseDay = entries
			.indexOf(entries.stream().filter((e) -> "2025-08-18".equals(date(e))).findFirst().orElseThrow());
		assertThat(lastOfAlaskaDay).isLessThan(firstOfWhiteHouseDay);
		assertThat(entries.subList(0, lastOfAlaskaDay + 1)).extracting((e) -> e.get("title"))
			.contains("Trump–Putin summit in Anchorage, Alaska");
	}

	@Test
	void entriesAreTypedAndLinkToTheirRecords() {
		for (Map<String, Object> entry : all("")) {
			this.http.get().uri((String) entry.get("href")).exchange().expectStatus().isOk();
			assertThat((String) entry.get("title")).isNotBlank();
			switch ((String) entry.get("type")) {
				case "SUMMIT" -> {
					assertThat(entry.get("id")).isNull();
					assertThat(entry.get("href")).isEqualTo("/api/v1/summits/" + entry.get("slug"));
					assertThat(entry.get("actor")).isNull();
				}
				case "STATEMENT" -> {
					assertThat(entry.get("href")).isEqualTo("/api/v1/statements/" + entry.get("id"));
					assertThat(Json.at(entry, "actor")).containsKeys("slug", "name");
					assertThat(entry.get("stance")).isNull();
				}
				case "POSITION" -> {
					assertThat(entry.get("href")).isEqualTo("/api/v1/positions/" + entry.get("id"));
					assertThat(Json.at(entry, "actor")).containsKeys("slug", "name");
					assertThat(Json.at(entry, "issue")).containsKeys("code", "name");
					assertThat(entry.get("stance")).isNotNull();
				}
				default -> throw new AssertionError("unexpected type in " + entry);
			}
		}
	}

	@Test
	void statementEntriesMatchTheStatementTheyLinkTo() {
		Map<String, Object> entry = all("").stream()
			.filter((e) -> e.get("type").equals("STATEMENT") && e.get("dated").equals(true))
			.findFirst()
			.orElseThrow();
		Map<String, Object> statement = Json.get(this.http, (String) entry.get("href"));
		assertThat(entry.get("title")).isEqualTo(statement.get("text"));
		assertThat(entry.get("date")).isEqualTo(statement.get("statedOn"));
		assertThat(entry.get("actor")).isEqualTo(statement.get("speaker"));
	}

	@Test
	void actorFilterShowsRussiasChangeOnSecurityGuaranteesAtAlaska() {
		List<Map<String, Object>> entries = all("actor=russia");
		Map<String, Object> change = entries.stream()
			.filter((e) -> e.get("type").equals("POSITION") && e.get("supersedes") != null
					&& Json.at(e, "issue").get("code").equals("security-guarantees"))
			.findFirst()
			.orElseThrow();
		assertThat(change).containsEntry("date", "2025-08-15").containsEntry("stance", "SUPPORTS");
		assertThat(Json.at(change, "supersedes")).containsEntry("stance", "OPPOSES");
		this.http.get()
			.uri((String) Json.at(change, "supersedes").get("href"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.position.supersededById")
			.isEqualTo(change.get("id"));
	}

	@Test
	void actorFilterKeepsOnlyTheActorsEventsStatementsAndPositions() {
		List<Map<String, Object>> entries = all("actor=vladimir-putin");
		assertThat(entries).extracting((e) -> e.get("type")).contains("SUMMIT", "STATEMENT", "POSITION");
		for (Map<String, Object> entry : entries) {
			if (entry.get("type").equals("SUMMIT")) {
				this.http.get()
					.uri((String) entry.get("href"))
					.exchange()
					.expectBody()
					.jsonPath("$.participants[*].actor.slug")
					.value((slugs) -> assertThat((List<String>) slugs).contains("vladimir-putin"));
			}
			else {
				assertThat(Json.at(entry, "actor")).containsEntry("slug", "vladimir-putin");
			}
		}
		assertThat(entries).filteredOn((e) -> e.get("type").equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?actor=vladimir-putin"));
		assertThat(entries).filteredOn((e) -> e.get("type").equals("SUMMIT"))
			.extracting((e) -> e.get("slug"))
			.contains("alaska-summit-2025-08-15")
			.doesNotContain("white-house-meeting-2025-08-18");
	}

	@Test
	void issueFilterKeepsStatementsPositionsAndEventsOnTheIssue() {
		List<Map<String, Object>> entries = all("issue=security-guarantees");
		assertThat(entries).extracting((e) -> e.get("type")).contains("SUMMIT", "STATEMENT", "POSITION");
		for (Map<String, Object> entry : entries) {
			switch ((String) entry.get("type")) {
				case "SUMMIT" -> assertThat(
						totalElements("/api/v1/statements?issue=security-guarantees&summit=" + entry.get("slug")))
					.isPositive();
				case "STATEMENT" -> this.http.get()
					.uri((String) entry.get("href"))
					.exchange()
					.expectBody()
					.jsonPath("$.issues[*].code")
					.value((codes) -> assertThat((List<String>) codes).contains("security-guarantees"));
				default -> assertThat(Json.at(entry, "issue")).containsEntry("code", "security-guarantees");
			}
		}
		assertThat(entries).filteredOn((e) -> e.get("type").equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?issue=security-guarantees"));
		assertThat(entries).filteredOn((e) -> e.get("type").equals("POSITION"))
			.hasSize((int) totalElements("/api/v1/positions?issue=security-guarantees"));
	}

	@Test
	void filtersCombine() {
		// Russia took part in the Alaska summit, where statements on security guarantees
		// were made, and changed its stance on them that day.
		List<Map<String, Object>> entries = all("actor=russia&issue=security-guarantees&from=2025-08-15&to=2025-08-15");
		assertThat(entries).extracting((e) -> e.get("type"), (e) -> e.get("slug"), TimelineApiTests::date)
			.containsExactly(tuple("SUMMIT", "alaska-summit-2025-08-15", "2025-08-15"),
					tuple("POSITION", null, "2025-08-15"));
	}

	@Test
	void dateRangeIsInclusiveAndLeavesUndatedEntriesOut() {
		List<Map<String, Object>> entries = all("from=2025-08-18&to=2025-08-18");
		assertThat(entries).isNotEmpty().allSatisfy((e) -> {
			assertThat(e.get("date")).isEqualTo("2025-08-18");
			assertThat(e.get("dated")).isEqualTo(true);
		});
		assertThat(entries).extracting((e) -> e.get("slug")).contains("white-house-meeting-2025-08-18");
		assertThat(entries).filteredOn((e) -> e.get("type").equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?from=2025-08-18&to=2025-08-18"));
		assertThat(all("from=2025-08-19")).isNotEmpty()
			.allSatisfy((e) -> assertThat(date(e)).isGreaterThanOrEqualTo("2025-08-19"));
		assertThat(all("to=2025-08-15")).isNotEmpty()
			.allSatisfy((e) -> assertThat(date(e)).isNotNull().isLessThanOrEqualTo("2025-08-15"));
	}

	@Test
	void undatedEntriesComeLastWithoutARangeAndAreLeftOutWithOne() {
		List<Map<String, Object>> entries = all("");
		List<Map<String, Object>> undated = entries.stream().filter((e) -> e.get("dated").equals(false)).toList();
		assertThat(undated).extracting((e) -> e.get("slug")).contains("putin-zelenskyy-meeting-proposed");
		assertThat(entries.subList(entries.size() - undated.size(), entries.size())).isEqualTo(undated);
		assertThat(undated).allSatisfy((e) -> assertThat(e.get("date")).isNull());
		assertThat(totalElements("/api/v1/timeline?from=1900-01-01"))
			.isEqualTo(totalElements("/api/v1/timeline") - undated.size());
	}

	@Test
	void pagesThroughTheSameOrder() {
		List<Map<String, Object>> entries = all("");
		Map<String, Object> second = Json.get(this.http, "/api/v1/timeline?size=7&page=1");
		assertThat((List<Map<String, Object>>) second.get("content")).isEqualTo(entries.subList(7, 14));
		assertThat(Json.at(second, "page")).containsEntry("size", 7)
			.containsEntry("number", 1)
			.containsEntry("totalElements", entries.size());
		Map<String, Object> first = Json.get(this.http, "/api/v1/timeline");
		assertThat((List<?>) first.get("content")).hasSize(20);
		Map<String, Object> beyond = Json.get(this.http, "/api/v1/timeline?page=1000");
		assertThat((List<?>) beyond.get("content")).isEmpty();
		assertThat(Json.at(beyond, "page")).containsEntry("totalElements", entries.size());
	}

	@Test
	void unknownActorOrIssueGivesAnEmptyPage() {
		assertThat(totalElements("/api/v1/timeline?actor=nobody")).isZero();
		assertThat(totalElements("/api/v1/timeline?issue=weather")).isZero();
	}

	@ParameterizedTest(name = "{0} → 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/timeline?from=soon                         | from
			/api/v1/timeline?to=2025-02-30                     | to
			/api/v1/timeline?from=2025-08-20&to=2025-08-01     | from
			/api/v1/timeline?size=101                          | size
			/api/v1/timeline?size=0                            | size
			/api/v1/timeline?page=-1                           | page
			/api/v1/timeline?sort=date                         | sort
			""")
	void badParameterIsA400ProblemNamingIt(String uri, String parameter) {
		this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:parley:problem:invalid-parameter")
			.jsonPath("$.errors[0].parameter")
			.isEqualTo(parameter);
	}

	private static int indexOfSummit(List<Map<String, Object>> entries, String slug) {
		for (int i = 0; i < entries.size(); i++) {
			if (slug.equals(entries.get(i).get("slug"))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOfDate(List<Map<String, Object>> entries, String date) {
		int last = -1;
		for (int i = 0; i < entries.size(); i++) {
			if (date.equals(date(entries.get(i)))) {
				last = i;
			}
		}
		return last;
	}

}
