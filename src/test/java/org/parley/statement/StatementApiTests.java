package org.parley.statement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.support.ApiTest;
import org.parley.support.Json;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@SuppressWarnings("unchecked")
class StatementApiTests {

	@Autowired
	RestTestClient http;

	List<Map<String, Object>> all(String query) {
		return Json.content(this.http, "/api/v1/statements?size=100&" + query);
	}

	@Test
	void listsStatementsWithSpeakerSourceAndIssues() {
		List<Map<String, Object>> statements = all("");
		assertThat(statements).hasSizeGreaterThan(30);
		Map<String, Object> first = statements.get(0);
		assertThat(first).containsKeys("id", "text", "kind", "statedOn", "speaker", "summit", "issues", "source");
		assertThat((Map<String, Object>) first.get("source")).containsKeys("article", "start", "end");
	}

	@Test
	void filtersBySpeaker() {
		assertThat(all("actor=steve-witkoff")).extracting((s) -> Json.at(s, "speaker").get("slug"))
			.isNotEmpty()
			.containsOnly("steve-witkoff");
	}

	@Test
	void filtersByIssue() {
		List<Map<String, Object>> statements = all("issue=security-guarantees");
		assertThat(statements).isNotEmpty()
			.allSatisfy((s) -> assertThat((List<Map<String, Object>>) s.get("issues")).extracting((i) -> i.get("code"))
				.contains("security-guarantees"));
		assertThat(statements).extracting((s) -> s.get("text"))
			.contains("We agreed to robust security guarantees that I would describe as game-changing");
	}

	@Test
	void filtersBySummitAndArticle() {
		assertThat(all("summit=alaska-joint-press-conference-2025-08-15"))
			.extracting((s) -> Json.at(s, "summit").get("slug"))
			.isNotEmpty()
			.containsOnly("alaska-joint-press-conference-2025-08-15");
		assertThat(all("article=trump-says-putin-open-to-security-guarantees"))
			.extracting(
					(s) -> ((Map<String, Object>) ((Map<String, Object>) s.get("source")).get("article")).get("slug"))
			.isNotEmpty()
			.containsOnly("trump-says-putin-open-to-security-guarantees");
	}

	@Test
	void filtersByDateLeavingUndatedOut() {
		List<Map<String, Object>> statements = all("from=2025-08-18&to=2025-08-19");
		assertThat(statements).isNotEmpty()
			.allSatisfy((s) -> assertThat((String) s.get("statedOn")).isBetween("2025-08-18", "2025-08-19"));
	}

	@Test
	void filtersByKind() {
		assertThat(all("kind=paraphrase")).extracting((s) -> s.get("kind")).isNotEmpty().containsOnly("PARAPHRASE");
		assertThat(all("kind=DIRECT_QUOTE")).hasSizeGreaterThan(25);
	}

	@Test
	void filtersCombine() {
		assertThat(all("actor=donald-trump&kind=DIRECT_QUOTE&article=alaska-summit-cautiously-positive"))
			.extracting((s) -> s.get("text"))
			.contains("both sides made great progress", "there is no deal unless there is a deal.");
	}

	@Test
	void sortsBySpeakerName() {
		List<Map<String, Object>> statements = all("sort=speaker,desc");
		List<String> names = statements.stream().map((s) -> (String) Json.at(s, "speaker").get("name")).toList();
		assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void detailReproducesItsSourceSpan() {
		Map<String, Object> listed = all("actor=steve-witkoff&kind=DIRECT_QUOTE").get(0);
		Map<String, Object> statement = Json.get(this.http, "/api/v1/statements/{id}", listed.get("id"));
		Map<String, Object> source = Json.at(statement, "source");
		Map<String, Object> article = Json.get(this.http, "/api/v1/articles/{slug}",
				Json.at(source, "article").get("slug"));
		String body = (String) article.get("body");
		assertThat(body.substring((Integer) source.get("start"), (Integer) source.get("end")))
			.isEqualTo(statement.get("text"));
		assertThat(statement.get("howSaid")).isEqualTo("told CNN");
	}

}
