package org.parley.statement;

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
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/statements} with {@code Accept: text/csv}. */
@ApiTest
class StatementExportTests {

	@Autowired
	Api api;

	@Test
	void csvIsAnAttachmentInUtf8() {
		Reply csv = this.api.accept(Exports.CSV).get("/api/v1/statements").assertStatus(200);
		assertThat(csv.headers().get(HttpHeaders.CONTENT_TYPE)).containsExactly("text/csv;charset=UTF-8");
		assertThat(csv.headers().get(HttpHeaders.CONTENT_DISPOSITION))
			.containsExactly("attachment; filename=\"statements.csv\"");
	}

	@Test
	void csvHoldsAQuoteWithItsSpeakerSourceAndOffsets() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/statements?actor=steve-witkoff");
		assertThat(csv.header()).containsExactly("id", "speaker_slug", "speaker_name", "kind", "stated_on",
				"summit_slug", "text", "how_said", "article_slug", "start", "end", "issues");
		CSVRecord quote = csv.rows()
			.stream()
			.filter((row) -> row.get("text")
				.equals("We agreed to robust security guarantees that I would describe as game-changing"))
			.findFirst()
			.orElseThrow();
		Reply listed = this.api.get("/api/v1/statements/{id}", quote.get("id")).assertStatus(200);
		assertThat(quote.get("speaker_slug")).isEqualTo("steve-witkoff");
		assertThat(quote.get("speaker_name")).isEqualTo("Steve Witkoff");
		assertThat(quote.get("kind")).isEqualTo("DIRECT_QUOTE");
		assertThat(quote.get("how_said")).isEqualTo("told CNN");
		assertThat(quote.get("article_slug")).isEqualTo(listed.string("source.article.slug"));
		assertThat(quote.get("start")).isEqualTo(String.valueOf(listed.intValue("source.start")));
		assertThat(quote.get("end")).isEqualTo(String.valueOf(listed.intValue("source.end")));
		assertThat(quote.get("issues").split(";")).contains("security-guarantees");
		assertThat(csv.column("speaker_slug")).containsOnly("steve-witkoff");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "actor=donald-trump", "issue=security-guarantees&kind=DIRECT_QUOTE",
			"from=2025-08-18&to=2025-08-19", "summit=alaska-joint-press-conference-2025-08-15",
			"article=trump-says-putin-open-to-security-guarantees", "kind=PARAPHRASE" })
	void csvHasOneRowPerStatementOfTheJsonList(String filter) {
		Reply page = this.api.get("/api/v1/statements?size=1&" + filter).assertStatus(200);
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/statements?" + filter);
		assertThat((long) csv.rows().size()).isEqualTo(page.longValue("page.totalElements"));
	}

	@Test
	void csvKeepsTheListsOrderAndSort() {
		Exports.Csv byDefault = Exports.csv(this.api, "/api/v1/statements");
		long first = this.api.get("/api/v1/statements?size=1").assertStatus(200).longValue("content.0.id");
		assertThat(byDefault.rows().get(0).get("id")).isEqualTo(String.valueOf(first));
		Exports.Csv bySpeaker = Exports.csv(this.api, "/api/v1/statements?sort=speaker,desc");
		assertThat(bySpeaker.column("speaker_name")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void csvOfNoStatementsStillHasItsHeader() {
		Exports.Csv csv = Exports.csv(this.api, "/api/v1/statements?actor=nobody-at-all");
		assertThat(csv.rows()).isEmpty();
		assertThat(csv.header()).contains("id", "text", "issues");
	}

	@Test
	void csvIgnoresPageAndSize() {
		assertThat(Exports.csv(this.api, "/api/v1/statements?size=1&page=3").rows())
			.hasSize(Exports.csv(this.api, "/api/v1/statements").rows().size());
	}

	@Test
	void withoutAnAcceptHeaderTheListIsStillJson() {
		Reply list = this.api.header(HttpHeaders.ACCEPT, "*/*").get("/api/v1/statements").assertStatus(200);
		assertThat(list.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
	}

}
