package org.parley.actor;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Exports;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/actors} with {@code Accept: text/csv}. */
@ApiTest
class ActorExportTests {

	@Autowired
	Api api;

	@Test
	void csvNamesEveryActorWithAliasesAndAffiliation() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/actors");
		assertThat(csv.header()).containsExactly("slug", "name", "kind", "title", "aliases", "affiliation_slug",
				"notes");
		CSVRecord merz = row(csv, "friedrich-merz");
		assertThat(merz.get("kind")).isEqualTo("PERSON");
		assertThat(merz.get("aliases").split(";")).contains("Frederik Merz");
		assertThat(merz.get("affiliation_slug")).isEqualTo("germany");
		assertThat(row(csv, "steve-witkoff").get("affiliation_slug")).isEqualTo("united-states");
		assertThat(csv.column("slug")).as("the JSON list's order")
			.containsExactlyElementsOf(
					this.api.get("/api/v1/actors?size=100").assertStatus(200).strings("content.*.slug"));
	}

	@Test
	void csvIsAnAttachmentNamedActorsCsv() {
		Reply csv = this.api.accept(Exports.CSV).get("/api/v1/actors?kind=STATE").assertStatus(200);
		assertThat(csv.headers().get(HttpHeaders.CONTENT_DISPOSITION))
			.containsExactly("attachment; filename=\"actors.csv\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "kind=STATE", "kind=PERSON", "q=merz", "q=zelenski" })
	void csvHasOneRowPerActorOfTheJsonList(String filter) {
		Reply page = this.api.get("/api/v1/actors?size=1&" + filter).assertStatus(200);
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/actors?" + filter);
		assertThat((long) csv.rows().size()).isEqualTo(page.longValue("page.totalElements"));
		assertThat(csv.rows()).isNotEmpty();
	}

	@Test
	void filtersApply() {
		assertThat(Exports.csv(this.api, "/api/v1/actors?kind=STATE").column("kind")).containsOnly("STATE");
		assertThat(Exports.csv(this.api, "/api/v1/actors?q=frederik%20merz").column("slug"))
			.containsExactly("friedrich-merz");
	}

	@Test
	void csvOfNoActorsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/actors?q=zzzzzzzzzzzz");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("slug", "name");
	}

	private static CSVRecord row(Exports.Csv csv, String slug) {
		return csv.rows().stream().filter((r) -> r.get("slug").equals(slug)).findFirst().orElseThrow();
	}

}
