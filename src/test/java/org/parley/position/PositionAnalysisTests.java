package org.parley.position;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance matrix as of a date, and the shifts between dates. */
@ApiTest
class PositionAnalysisTests {

	@Autowired
	Api api;

	List<JsonNode> cells(String asOf) {
		return this.api.get("/api/v1/positions/matrix?asOf=" + asOf).assertStatus(200).list("cells");
	}

	static String stance(List<JsonNode> cells, String actor, String issue) {
		return cells.stream()
			.filter((c) -> actor.equals(slug(c, "actor")) && issue.equals(Reply.string(c.path("issue").path("code"))))
			.map((c) -> Reply.string(c.path("stance")))
			.findFirst()
			.orElse(null);
	}

	static String slug(JsonNode node, String property) {
		return Reply.string(node.path(property).path("slug"));
	}

	@Test
	void matrixOn19AugustShowsRussiasChangedStanceOnSecurityGuarantees() {
		assertThat(stance(cells("2025-08-19"), "russia", "security-guarantees")).isEqualTo("SUPPORTS");
		assertThat(stance(cells("2025-08-14"), "russia", "security-guarantees")).isEqualTo("OPPOSES");
	}

	@Test
	void matrixFollowsTrumpOnTroopsDayByDay() {
		assertThat(stance(cells("2025-08-17"), "donald-trump", "troop-deployment")).isNull();
		assertThat(stance(cells("2025-08-18"), "donald-trump", "troop-deployment")).isEqualTo("UNCLEAR");
		assertThat(stance(cells("2025-08-19"), "donald-trump", "troop-deployment")).isEqualTo("OPPOSES");
	}

	@Test
	void matrixHasOneCellPerActorAndIssueEachWithEvidence() {
		Reply matrix = this.api.get("/api/v1/positions/matrix?asOf=2025-08-19").assertStatus(200);
		List<JsonNode> cells = matrix.list("cells");
		assertThat(cells).extracting((c) -> slug(c, "actor") + "/" + Reply.string(c.path("issue").path("code")))
			.doesNotHaveDuplicates();
		assertThat(cells).allSatisfy((c) -> assertThat(Reply.at(c, "evidence.*")).isNotEmpty());
		assertThat(matrix.list("actors")).isNotEmpty();
		assertThat(matrix.list("issues")).isNotEmpty();
	}

	@Test
	void matrixComesInPagesOfActorsEachWithAllItsCells() {
		Reply whole = this.api.get("/api/v1/positions/matrix?asOf=2025-08-19&size=100").assertStatus(200);
		List<JsonNode> cells = new ArrayList<>();
		List<JsonNode> actors = new ArrayList<>();
		Reply page = this.api.get("/api/v1/positions/matrix?asOf=2025-08-19&size=4").assertStatus(200);
		while (true) {
			assertThat(page.list("actors")).hasSizeLessThanOrEqualTo(4);
			assertThat(page.strings("cells.*.actor.slug")).allMatch(page.strings("actors.*.slug")::contains);
			actors.addAll(page.list("actors"));
			cells.addAll(page.list("cells"));
			if (page.isNull("page.next")) {
				break;
			}
			page = this.api
				.get("/api/v1/positions/matrix?asOf=2025-08-19&size=4&cursor="
						+ URLEncoder.encode(page.string("page.next"), StandardCharsets.UTF_8))
				.assertStatus(200);
		}
		assertThat(actors).isEqualTo(whole.list("actors"));
		assertThat(cells).isEqualTo(whole.list("cells"));
	}

	@Test
	void matrixNarrowsToOneIssueOrOneActor() {
		Reply issue = this.api.get("/api/v1/positions/matrix?asOf=2025-08-19&issue=security-guarantees")
			.assertStatus(200);
		assertThat(issue.strings("cells.*.issue.code")).isNotEmpty().containsOnly("security-guarantees");
		assertThat(issue.strings("issues.*.code")).containsExactly("security-guarantees");
		Reply russia = this.api.get("/api/v1/positions/matrix?asOf=2025-08-19&actor=russia").assertStatus(200);
		assertThat(russia.strings("actors.*.slug")).containsExactly("russia");
		assertThat(russia.strings("cells.*.actor.slug")).isNotEmpty().containsOnly("russia");
	}

	@Test
	void matrixWithoutDateIsTodaysAndEqualsTheCurrentPositions() {
		Reply matrix = this.api.get("/api/v1/positions/matrix?size=100").assertStatus(200);
		assertThat(matrix.string("asOf")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
		Reply current = this.api.get("/api/v1/positions?current=true&size=100").assertStatus(200);
		assertThat(matrix.list("cells.*.id")).extracting(JsonNode::longValue)
			.containsExactlyInAnyOrderElementsOf(
					current.list("content.*.id").stream().map(JsonNode::longValue).toList());
	}

	@Test
	void shiftsShowBeforeAfterDateAndEvidence() {
		JsonNode russia = shifts("").stream()
			.filter((s) -> "russia".equals(slug(s, "actor")))
			.findFirst()
			.orElseThrow();
		assertThat(Reply.string(russia.path("issue").path("code"))).isEqualTo("security-guarantees");
		assertThat(Reply.string(russia.path("date"))).isEqualTo("2025-08-15");
		assertThat(Reply.string(russia.path("before").path("stance"))).isEqualTo("OPPOSES");
		assertThat(Reply.string(russia.path("after").path("stance"))).isEqualTo("SUPPORTS");
		assertThat(Reply.at(russia, "after.evidence.*")).isNotEmpty();
	}

	@Test
	void shiftsFilterByDatesActorAndIssue() {
		assertThat(shifts("?from=2025-08-16")).extracting((s) -> slug(s, "actor"))
			.contains("donald-trump")
			.doesNotContain("russia");
		assertThat(shifts("?to=2025-08-15")).extracting((s) -> slug(s, "actor")).containsExactly("russia");
		assertThat(shifts("?actor=donald-trump&issue=troop-deployment")).hasSize(1);
		assertThat(shifts("?actor=nobody")).isEmpty();
	}

	@Test
	void badDatesAre400Problems() {
		for (String uri : List.of("/api/v1/positions/matrix?asOf=19-08-2025", "/api/v1/positions/shifts?from=x",
				"/api/v1/positions/shifts?from=2025-08-20&to=2025-08-01")) {
			this.api.withoutRequestCheck().get(uri).assertStatus(400);
		}
	}

	@Test
	void eachRecordSaysHowManyArticlesSupportIt() {
		assertThat(this.api.get("/api/v1/summits/white-house-meeting-2025-08-18").intValue("sourceCount")).isEqualTo(4);
		assertThat(this.api.get("/api/v1/statements?size=1").intValue("content.0.sourceCount")).isEqualTo(1);
		Reply russia = this.api.get("/api/v1/positions?actor=russia&issue=security-guarantees&current=true")
			.assertStatus(200);
		long articles = russia.strings("content.0.evidence.*.article.slug").stream().distinct().count();
		assertThat(russia.intValue("content.0.sourceCount")).isEqualTo((int) articles);
	}

	private List<JsonNode> shifts(String query) {
		String separator = query.isEmpty() ? "?" : "&";
		return this.api.get("/api/v1/positions/shifts" + query + separator + "size=100")
			.assertStatus(200)
			.list("content");
	}

}
