package org.parley.actor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ActorApiTests {

	@Autowired
	Api api;

	/**
	 * The value at {@code path} of every element of the page whose {@code where} is
	 * {@code value}.
	 */
	static List<String> where(Reply page, String where, String value, String path) {
		return page.list("content")
			.stream()
			.filter((a) -> value.equals(Reply.string(Reply.at(a, where).get(0))))
			.map((a) -> Reply.string(Reply.at(a, path).get(0)))
			.toList();
	}

	@Test
	void listsActorsByNameWithAliasesAndAffiliation() {
		Reply page = this.api.get("/api/v1/actors?size=100").assertStatus(200);
		assertThat(page.intValue("page.totalElements")).isGreaterThan(30);
		assertThat(where(page, "slug", "donald-trump", "affiliation.slug")).containsExactly("united-states");
		assertThat(where(page, "slug", "donald-trump", "kind")).containsExactly("PERSON");
	}

	@Test
	void filtersByKind() {
		assertThat(this.api.get("/api/v1/actors?kind=GROUP&size=100").assertStatus(200).strings("content.*.kind"))
			.isNotEmpty()
			.containsOnly("GROUP");
	}

	@Test
	void kindIsCaseInsensitive() {
		assertThat(this.api.withoutRequestCheck()
			.get("/api/v1/actors?kind=state&q=russia")
			.assertStatus(200)
			.string("content.0.slug")).isEqualTo("russia");
	}

	@ParameterizedTest(name = "q={0} finds {1}")
	@CsvSource({ "zelensky, volodymyr-zelenskyy", "ZELENSKYY, volodymyr-zelenskyy", "Zelenský, volodymyr-zelenskyy",
			"frederik merz, friedrich-merz", "Friedrich, friedrich-merz", "steven witkoff, steve-witkoff",
			"von der leyen, ursula-von-der-leyen", "Russian Federation, russia", "zelenski, volodymyr-zelenskyy",
			"zelenskiy, volodymyr-zelenskyy", "frederick merz, friedrich-merz", "witkof, steve-witkoff",
			"putn, vladimir-putin", "von der leyden, ursula-von-der-leyen" })
	void qMatchesNameOrAliasIgnoringCaseAndAccents(String q, String slug) {
		assertThat(this.api.get("/api/v1/actors?q={q}", q).assertStatus(200).strings("content.*.slug")).contains(slug);
	}

	@Test
	void qWithLikeWildcardsIsTakenLiterally() {
		assertThat(this.api.get("/api/v1/actors?q=%25").assertStatus(200).intValue("page.totalElements")).isEqualTo(0);
		assertThat(this.api.get("/api/v1/actors?q=_").assertStatus(200).intValue("page.totalElements")).isEqualTo(0);
	}

	@Test
	void spellingToleranceDoesNotMatchUnrelatedNames() {
		assertThat(this.api.get("/api/v1/actors?q=stubb").strings("content.*.slug")).containsExactly("alexander-stubb");
	}

	@Test
	void qWithNoMatchIsAnEmptyPage() {
		Reply page = this.api.get("/api/v1/actors?q=napoleon").assertStatus(200);
		assertThat(page.list("content")).isEmpty();
		assertThat(page.intValue("page.totalElements")).isEqualTo(0);
	}

	@Test
	void detailListsEverySpellingTheSourcesUse() {
		Reply merz = this.api.get("/api/v1/actors/friedrich-merz").assertStatus(200);
		assertThat(merz.string("name")).isEqualTo("Friedrich Merz");
		assertThat(merz.strings("aliases")).contains("Frederik Merz");
		assertThat(merz.string("notes")).contains("Frederik");
		assertThat(this.api.get("/api/v1/actors/steve-witkoff").strings("aliases")).contains("Steve Witkoff",
				"Steven Witkoff");
		assertThat(this.api.get("/api/v1/actors/volodymyr-zelenskyy").strings("aliases")).contains("Zelensky",
				"Zelenskyy");
	}

	@Test
	void groupDetailListsItsMembersAndMembersListTheirGroups() {
		Reply group = this.api.get("/api/v1/actors/european-joint-statement-signatories").assertStatus(200);
		assertThat(group.string("kind")).isEqualTo("GROUP");
		assertThat(group.strings("members.*.slug")).contains("france", "germany", "poland", "finland");
		assertThat(this.api.get("/api/v1/actors/poland").strings("memberOf.*.slug"))
			.contains("european-joint-statement-signatories");
	}

	@Test
	void statementsOfAnActorAreAllTheirs() {
		Reply statements = this.api.get("/api/v1/actors/vladimir-putin/statements?size=100").assertStatus(200);
		assertThat(statements.strings("content.*.speaker.slug")).isNotEmpty().containsOnly("vladimir-putin");
		assertThat(statements.strings("content.*.text")).contains("a starting point");
	}

	@Test
	void positionsOfAnActorCanBeLimitedToCurrentOnes() {
		Reply all = this.api.get("/api/v1/actors/russia/positions?size=100").assertStatus(200);
		assertThat(where(all, "issue.code", "security-guarantees", "stance")).containsExactly("OPPOSES", "SUPPORTS");
		Reply current = this.api.get("/api/v1/actors/russia/positions?current=true").assertStatus(200);
		assertThat(where(current, "issue.code", "security-guarantees", "stance")).containsExactly("SUPPORTS");
		assertThat(current.list("content.*.current")).extracting(JsonNode::booleanValue).containsOnly(true);
	}

}
