package org.parley.statement;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class StatementApiTests {

	@Autowired
	Api api;

	Reply all(String query) {
		return this.api.get("/api/v1/statements?size=100&" + query).assertStatus(200);
	}

	@Test
	void listsStatementsWithSpeakerSourceAndIssues() {
		Reply statements = all("");
		assertThat(statements.list("content")).hasSizeGreaterThan(30);
		assertThat(statements.json("content.0").propertyNames()).contains("id", "text", "kind", "statedOn", "speaker",
				"summit", "issues", "source");
		assertThat(statements.json("content.0.source").propertyNames()).contains("article", "start", "end");
	}

	@Test
	void filtersBySpeaker() {
		assertThat(all("actor=steve-witkoff").strings("content.*.speaker.slug")).isNotEmpty()
			.containsOnly("steve-witkoff");
	}

	@Test
	void filtersByIssue() {
		Reply statements = all("issue=security-guarantees");
		assertThat(statements.list("content")).isNotEmpty()
			.allSatisfy((s) -> assertThat(Reply.at(s, "issues.*.code")).extracting(Reply::string)
				.contains("security-guarantees"));
		assertThat(statements.strings("content.*.text"))
			.contains("We agreed to robust security guarantees that I would describe as game-changing");
	}

	@Test
	void filtersBySummitAndArticle() {
		assertThat(all("summit=alaska-joint-press-conference-2025-08-15").strings("content.*.summit.slug")).isNotEmpty()
			.containsOnly("alaska-joint-press-conference-2025-08-15");
		assertThat(all("article=trump-says-putin-open-to-security-guarantees").strings("content.*.source.article.slug"))
			.isNotEmpty()
			.containsOnly("trump-says-putin-open-to-security-guarantees");
	}

	@Test
	void filtersByDateLeavingUndatedOut() {
		assertThat(all("from=2025-08-18&to=2025-08-19").strings("content.*.statedOn")).isNotEmpty()
			.allSatisfy((statedOn) -> assertThat(statedOn).isBetween("2025-08-18", "2025-08-19"));
	}

	@Test
	void filtersByKind() {
		assertThat(all("kind=PARAPHRASE").strings("content.*.kind")).isNotEmpty().containsOnly("PARAPHRASE");
		assertThat(all("kind=DIRECT_QUOTE").list("content")).hasSizeGreaterThan(25);
	}

	@Test
	void filtersCombine() {
		assertThat(all("actor=donald-trump&kind=DIRECT_QUOTE&article=alaska-summit-cautiously-positive")
			.strings("content.*.text"))
			.contains("both sides made great progress", "there is no deal unless there is a deal.");
	}

	@Test
	void sortsBySpeakerName() {
		assertThat(all("sort=speaker,desc").strings("content.*.speaker.name"))
			.isSortedAccordingTo(Comparator.reverseOrder());
	}

	/**
	 * Lists are read in SQL, a single statement through its entity: both show every
	 * statement alike (speaker, event, issues in code order, source, sourceCount).
	 */
	@Test
	void aListedStatementIsTheStatementItsOwnAddressShows() {
		List<JsonNode> listed = all("").list("content");
		assertThat(listed).hasSizeGreaterThan(30);
		assertThat(listed).anySatisfy((s) -> assertThat(s.get("summit").isNull()).isTrue())
			.anySatisfy((s) -> assertThat(s.get("summit").isNull()).isFalse())
			.anySatisfy((s) -> assertThat(s.get("issues").size()).isGreaterThan(1))
			.anySatisfy((s) -> assertThat(s.get("statedOn").isNull()).isTrue());
		for (JsonNode statement : listed) {
			assertThat(this.api.get("/api/v1/statements/{id}", statement.get("id").asLong()).assertStatus(200).json())
				.isEqualTo(statement);
		}
	}

	@Test
	void detailReproducesItsSourceSpan() {
		long id = all("actor=steve-witkoff&kind=DIRECT_QUOTE").longValue("content.0.id");
		Reply statement = this.api.get("/api/v1/statements/{id}", id).assertStatus(200);
		Reply article = this.api.get("/api/v1/articles/{slug}", statement.string("source.article.slug"))
			.assertStatus(200);
		String body = article.string("body");
		assertThat(body.substring(statement.intValue("source.start"), statement.intValue("source.end")))
			.isEqualTo(statement.string("text"));
		assertThat(statement.string("howSaid")).isEqualTo("told CNN");
	}

}
