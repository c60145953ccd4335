package org.parley.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@ApiTest
class TimelineApiTests {

	private static final List<String> TYPE_ORDER = List.of("SUMMIT", "STATEMENT", "POSITION");

	@Autowired
	Api api;

	/** Every entry matching the query, page after page. */
	List<JsonNode> all(String query) {
		List<JsonNode> entries = new ArrayList<>();
		for (int page = 0;; page++) {
			Reply body = this.api.get("/api/v1/timeline?size=100&page=" + page + "&" + query).assertStatus(200);
			entries.addAll(body.list("content"));
			if (page + 1 >= body.intValue("page.totalPages")) {
				return entries;
			}
		}
	}

	long totalElements(String uri) {
		return this.api.get(uri).assertStatus(200).longValue("page.totalElements");
	}

	/** The string at {@code property} of an entry; null when it is null or missing. */
	static String text(JsonNode entry, String property) {
		return Reply.string(entry.path(property));
	}

	static String date(JsonNode entry) {
		return text(entry, "date");
	}

	static String type(JsonNode entry) {
		return text(entry, "type");
	}

	static boolean dated(JsonNode entry) {
		assertThat(entry.path("dated").isBoolean()).as("dated: %s", entry).isTrue();
		return entry.path("dated").booleanValue();
	}

	static boolean present(JsonNode node) {
		return !node.isMissingNode() && !node.isNull();
	}

	@Test
	void mergesEventsStatementsAndPositionsOfTheWholeRecord() {
		List<JsonNode> entries = all("");
		assertThat(entries).extracting(TimelineApiTests::type).contains("SUMMIT", "STATEMENT", "POSITION");
		assertThat(entries).filteredOn((e) -> type(e).equals("SUMMIT")).hasSize((int) totalElements("/api/v1/summits"));
		assertThat(entries).filteredOn((e) -> type(e).equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements"));
		assertThat(entries).filteredOn((e) -> type(e).equals("POSITION"))
			.hasSize((int) totalElements("/api/v1/positions"));
	}

	@Test
	void comesInDateOrderThenByTypeAndIdWithUndatedLast() {
		List<JsonNode> entries = all("");
		Comparator<JsonNode> byDate = Comparator.comparing(TimelineApiTests::date,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<JsonNode> timelineOrder = byDate.thenComparing((e) -> TYPE_ORDER.indexOf(type(e)))
			.thenComparing((e) -> present(e.path("id")) ? e.path("id").longValue() : 0L);
		assertThat(entries).isSortedAccordingTo(timelineOrder);
		assertThat(entries).allSatisfy((e) -> assertThat(dated(e)).isEqualTo(date(e) != null));
		assertThat(entries).extracting(TimelineApiTests::dated).contains(true, false);
	}

	@Test
	void alaskaOn15AugustComesBeforeTheWhiteHouseOn18August() {
		List<JsonNode> entries = all("");
		int alaska = indexOfSummit(entries, "alaska-summit-2025-08-15");
		int whiteHouse = indexOfSummit(entries, "white-house-meeting-2025-08-18");
		assertThat(alaska).isNotNegative().isLessThan(whiteHouse);
		assertThat(date(entries.get(alaska))).isEqualTo("2025-08-15");
		assertThat(dated(entries.get(alaska))).isTrue();
		assertThat(date(entries.get(whiteHouse))).isEqualTo("2025-08-18");
		int lastOfAlaskaDay = lastIndexOfDate(entries, "2025-08-15");
		int firstOfWhiteHouseDay = entries
			.indexOf(entries.stream().filter((e) -> "2025-08-18".equals(date(e))).findFirst().orElseThrow());
		assertThat(lastOfAlaskaDay).isLessThan(firstOfWhiteHouseDay);
		assertThat(entries.subList(0, lastOfAlaskaDay + 1)).extracting((e) -> text(e, "title"))
			.contains("Trump–Putin summit in Anchorage, Alaska");
	}

	@Test
	void entriesAreTypedAndLinkToTheirRecords() {
		for (JsonNode entry : all("")) {
			this.api.get(text(entry, "href")).assertStatus(200);
			assertThat(text(entry, "title")).isNotBlank();
			switch (type(entry)) {
				case "SUMMIT" -> {
					assertThat(present(entry.path("id"))).isFalse();
					assertThat(text(entry, "href")).isEqualTo("/api/v1/summits/" + text(entry, "slug"));
					assertThat(present(entry.path("actor"))).isFalse();
				}
				case "STATEMENT" -> {
					assertThat(text(entry, "href")).isEqualTo("/api/v1/statements/" + entry.path("id").longValue());
					assertThat(entry.path("actor").propertyNames()).contains("slug", "name");
					assertThat(present(entry.path("stance"))).isFalse();
				}
				case "POSITION" -> {
					assertThat(text(entry, "href")).isEqualTo("/api/v1/positions/" + entry.path("id").longValue());
					assertThat(entry.path("actor").propertyNames()).contains("slug", "name");
					assertThat(entry.path("issue").propertyNames()).contains("code", "name");
					assertThat(present(entry.path("stance"))).isTrue();
				}
				default -> throw new AssertionError("unexpected type in " + entry);
			}
		}
	}

	@Test
	void statementEntriesMatchTheStatementTheyLinkTo() {
		JsonNode entry = all("").stream()
			.filter((e) -> type(e).equals("STATEMENT") && dated(e))
			.findFirst()
			.orElseThrow();
		Reply statement = this.api.get(text(entry, "href")).assertStatus(200);
		assertThat(text(entry, "title")).isEqualTo(statement.string("text"));
		assertThat(date(entry)).isEqualTo(statement.string("statedOn"));
		assertThat(entry.path("actor")).isEqualTo(statement.json("speaker"));
	}

	@Test
	void actorFilterShowsRussiasChangeOnSecurityGuaranteesAtAlaska() {
		List<JsonNode> entries = all("actor=russia");
		JsonNode change = entries.stream()
			.filter((e) -> type(e).equals("POSITION") && present(e.path("supersedes"))
					&& text(e.path("issue"), "code").equals("security-guarantees"))
			.findFirst()
			.orElseThrow();
		assertThat(date(change)).isEqualTo("2025-08-15");
		assertThat(text(change, "stance")).isEqualTo("SUPPORTS");
		assertThat(text(change.path("supersedes"), "stance")).isEqualTo("OPPOSES");
		Reply superseded = this.api.get(text(change.path("supersedes"), "href")).assertStatus(200);
		assertThat(superseded.longValue("position.supersededById")).isEqualTo(change.path("id").longValue());
	}

	@Test
	void actorFilterKeepsOnlyTheActorsEventsStatementsAndPositions() {
		List<JsonNode> entries = all("actor=vladimir-putin");
		assertThat(entries).extracting(TimelineApiTests::type).contains("SUMMIT", "STATEMENT", "POSITION");
		for (JsonNode entry : entries) {
			if (type(entry).equals("SUMMIT")) {
				assertThat(this.api.get(text(entry, "href")).strings("participants.*.actor.slug"))
					.contains("vladimir-putin");
			}
			else {
				assertThat(text(entry.path("actor"), "slug")).isEqualTo("vladimir-putin");
			}
		}
		assertThat(entries).filteredOn((e) -> type(e).equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?actor=vladimir-putin"));
		assertThat(entries).filteredOn((e) -> type(e).equals("SUMMIT"))
			.extracting((e) -> text(e, "slug"))
			.contains("alaska-summit-2025-08-15")
			.doesNotContain("white-house-meeting-2025-08-18");
	}

	@Test
	void issueFilterKeepsStatementsPositionsAndEventsOnTheIssue() {
		List<JsonNode> entries = all("issue=security-guarantees");
		assertThat(entries).extracting(TimelineApiTests::type).contains("SUMMIT", "STATEMENT", "POSITION");
		for (JsonNode entry : entries) {
			switch (type(entry)) {
				case "SUMMIT" -> assertThat(
						totalElements("/api/v1/statements?issue=security-guarantees&summit=" + text(entry, "slug")))
					.isPositive();
				case "STATEMENT" -> assertThat(this.api.get(text(entry, "href")).strings("issues.*.code"))
					.contains("security-guarantees");
				default -> assertThat(text(entry.path("issue"), "code")).isEqualTo("security-guarantees");
			}
		}
		assertThat(entries).filteredOn((e) -> type(e).equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?issue=security-guarantees"));
		assertThat(entries).filteredOn((e) -> type(e).equals("POSITION"))
			.hasSize((int) totalElements("/api/v1/positions?issue=security-guarantees"));
	}

	@Test
	void filtersCombine() {
		// Russia took part in the Alaska summit, where statements on security guarantees
		// were made, and changed its stance on them that day.
		List<JsonNode> entries = all("actor=russia&issue=security-guarantees&from=2025-08-15&to=2025-08-15");
		assertThat(entries).extracting(TimelineApiTests::type, (e) -> text(e, "slug"), TimelineApiTests::date)
			.containsExactly(tuple("SUMMIT", "alaska-summit-2025-08-15", "2025-08-15"),
					tuple("POSITION", null, "2025-08-15"));
	}

	@Test
	void dateRangeIsInclusiveAndLeavesUndatedEntriesOut() {
		List<JsonNode> entries = all("from=2025-08-18&to=2025-08-18");
		assertThat(entries).isNotEmpty().allSatisfy((e) -> {
			assertThat(date(e)).isEqualTo("2025-08-18");
			assertThat(dated(e)).isTrue();
		});
		assertThat(entries).extracting((e) -> text(e, "slug")).contains("white-house-meeting-2025-08-18");
		assertThat(entries).filteredOn((e) -> type(e).equals("STATEMENT"))
			.hasSize((int) totalElements("/api/v1/statements?from=2025-08-18&to=2025-08-18"));
		assertThat(all("from=2025-08-19")).isNotEmpty()
			.allSatisfy((e) -> assertThat(date(e)).isGreaterThanOrEqualTo("2025-08-19"));
		assertThat(all("to=2025-08-15")).isNotEmpty()
			.allSatisfy((e) -> assertThat(date(e)).isNotNull().isLessThanOrEqualTo("2025-08-15"));
	}

	@Test
	void undatedEntriesComeLastWithoutARangeAndAreLeftOutWithOne() {
		List<JsonNode> entries = all("");
		List<JsonNode> undated = entries.stream().filter((e) -> !dated(e)).toList();
		assertThat(undated).extracting((e) -> text(e, "slug")).contains("putin-zelenskyy-meeting-proposed");
		assertThat(entries.subList(entries.size() - undated.size(), entries.size())).isEqualTo(undated);
		assertThat(undated).allSatisfy((e) -> assertThat(date(e)).isNull());
		assertThat(totalElements("/api/v1/timeline?from=1900-01-01"))
			.isEqualTo(totalElements("/api/v1/timeline") - undated.size());
	}

	@Test
	void pagesThroughTheSameOrder() {
		List<JsonNode> entries = all("");
		Reply second = this.api.get("/api/v1/timeline?size=7&page=1").assertStatus(200);
		assertThat(second.list("content")).isEqualTo(entries.subList(7, 14));
		assertThat(second.intValue("page.size")).isEqualTo(7);
		assertThat(second.intValue("page.number")).isEqualTo(1);
		assertThat(second.intValue("page.totalElements")).isEqualTo(entries.size());
		assertThat(this.api.get("/api/v1/timeline").assertStatus(200).list("content")).hasSize(20);
		Reply beyond = this.api.get("/api/v1/timeline?page=400").assertStatus(200);
		assertThat(beyond.list("content")).isEmpty();
		assertThat(beyond.intValue("page.totalElements")).isEqualTo(entries.size());
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
		Reply problem = this.api.withoutRequestCheck()
			.get(uri)
			.assertStatus(400)
			.assertContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(problem.type()).isEqualTo("urn:parley:problem:invalid-parameter");
		assertThat(problem.string("errors.0.parameter")).isEqualTo(parameter);
	}

	private static int indexOfSummit(List<JsonNode> entries, String slug) {
		for (int i = 0; i < entries.size(); i++) {
			if (slug.equals(text(entries.get(i), "slug"))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOfDate(List<JsonNode> entries, String date) {
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (date.equals(date(entries.get(i)))) {
				return i;
			}
		}
		return -1;
	}

}
