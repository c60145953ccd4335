package org.parley.actor;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/actors} with {@code Accept: text/csv}. */
@ApiTest
class ActorExportTests {

	@Autowired
	RestTestClient http;

	@Test
	void csvNamesEveryActorWithAliasesAndAffiliation() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/actors");
		assertThat(csv.header()).containsExactly("slug", "name", "kind", "title", "aliases", "affiliation_slug",
				"notes");
		CSVRecord merz = row(csv, "friedrich-merz");
		assertThat(merz.get("kind")).isEqualTo("PERSON");
		assertThat(merz.get("aliases").split(";")).contains("Frederik Merz");
		assertThat(merz.get("affiliation_slug")).isEqualTo("germany");
		assertThat(row(csv, "steve-witkoff").get("affiliation_slug")).isEqualTo("united-states");
		assertThat(csv.column("slug")).as("the JSON list's order")
			.containsExactlyElementsOf(Json.content(this.http, "/api/v1/actors?size=100")
				.stream()
				.map((a) -> (String) a.get("slug"))
				.toList());
	}

	@Test
	void csvIsAnAttachmentNamedActorsCsv() {
		this.http.get()
			.uri("/api/v1/actors?kind=STATE")
			.accept(Exports.CSV)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"actors.csv\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "kind=STATE", "kind=person", "q=merz", "q=zelenski" })
	void csvHasOneRowPerActorOfTheJsonList(String filter) {
		Map<String, Object> page = Json.get(this.http, "/api/v1/actors?size=1&" + filter);
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/actors?" + filter);
		assertThat((long) csv.rows().size())
			.isEqualTo(((Number) Json.at(page, "page").get("totalElements")).longValue());
		assertThat(csv.rows()).isNotEmpty();
	}

	@Test
	void filtersApply() {
		assertThat(Exports.csv(this.http, "/api/v1/actors?kind=STATE").column("kind")).containsOnly("STATE");
		assertThat(Exports.csv(this.http, "/api/v1/actors?q=frederik%20merz").column("slug"))
			.containsExactly("friedrich-merz");
	}

	@Test
	void csvOfNoActorsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/actors?q=zzzzzzzzzzzz");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("slug", "name");
	}

	private static CSVRecord row(Exports.Csv csv, String slug) {
		return csv.rows().stream().filter((r) -> r.get("slug").equals(slug)).findFirst().orElseThrow();
	}

}
