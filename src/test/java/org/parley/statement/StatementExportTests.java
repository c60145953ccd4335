package org.parley.statement;

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

/** {@code GET /api/v1/statements} with {@code Accept: text/csv}. */
@ApiTest
class StatementExportTests {

	@Autowired
	RestTestClient http;

	@Test
	void csvIsAnAttachmentInUtf8() {
		this.http.get()
			.uri("/api/v1/statements")
			.accept(Exports.CSV)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statements.csv\"");
	}

	@Test
	void csvHoldsAQuoteWithItsSpeakerSourceAndOffsets() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/statements?actor=steve-witkoff");
		assertThat(csv.header()).containsExactly("id", "speaker_slug", "speaker_name", "kind", "stated_on",
				"summit_slug", "text", "how_said", "article_slug", "start", "end", "issues");
		CSVRecord quote = csv.rows()
			.stream()
			.filter((row) -> row.get("text")
				.equals("We agreed to robust security guarantees that I would describe as game-changing"))
			.findFirst()
			.orElseThrow();
		Map<String, Object> listed = Json.get(this.http, "/api/v1/statements/{id}", quote.get("id"));
		Map<String, Object> source = Json.at(listed, "source");
		assertThat(quote.get("speaker_slug")).isEqualTo("steve-witkoff");
		assertThat(quote.get("speaker_name")).isEqualTo("Steve Witkoff");
		assertThat(quote.get("kind")).isEqualTo("DIRECT_QUOTE");
		assertThat(quote.get("how_said")).isEqualTo("told CNN");
		assertThat(quote.get("article_slug")).isEqualTo(Json.at(source, "article").get("slug"));
		assertThat(quote.get("start")).isEqualTo(String.valueOf(source.get("start")));
		assertThat(quote.get("end")).isEqualTo(String.valueOf(source.get("end")));
		assertThat(quote.get("issues").split(";")).contains("security-guarantees");
		assertThat(csv.column("speaker_slug")).containsOnly("steve-witkoff");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "actor=donald-trump", "issue=security-guarantees&kind=DIRECT_QUOTE",
			"from=2025-08-18&to=2025-08-19", "summit=alaska-joint-press-conference-2025-08-15",
			"article=trump-says-putin-open-to-security-guarantees", "kind=paraphrase" })
	void csvHasOneRowPerStatementOfTheJsonList(String filter) {
		Map<String, Object> page = Json.get(this.http, "/api/v1/statements?size=1&" + filter);
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/statements?" + filter);
		assertThat((long) csv.rows().size())
			.isEqualTo(((Number) Json.at(page, "page").get("totalElements")).longValue());
	}

	@Test
	void csvKeepsTheListsOrderAndSort() {
		Exports.Csv byDefault = Exports.csv(this.http, "/api/v1/statements");
		Map<String, Object> first = Json.content(this.http, "/api/v1/statements?size=1").get(0);
		assertThat(byDefault.rows().get(0).get("id")).isEqualTo(String.valueOf(first.get("id")));
		Exports.Csv bySpeaker = Exports.csv(this.http, "/api/v1/statements?sort=speaker,desc");
		assertThat(bySpeaker.column("speaker_name")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void csvOfNoStatementsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.http, "/api/v1/statements?actor=nobody-at-all");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("id", "text", "issues");
	}

	@Test
	void csvIgnoresPageAndSize() {
		assertThat(Exports.csv(this.http, "/api/v1/statements?size=1&page=3").rows())
			.hasSize(Exports.csv(this.http, "/api/v1/statements").rows().size());
	}

	@Test
	void withoutAnAcceptHeaderTheListIsStillJson() {
		this.http.get()
			.uri("/api/v1/statements")
			.header(HttpHeaders.ACCEPT, "*/*")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/json");
	}

}
