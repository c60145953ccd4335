package org.parley.actor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ActorApiTests {

	@Autowired
	RestTestClient http;

	@Test
	void listsActorsByNameWithAliasesAndAffiliation() {
		this.http.get()
			.uri("/api/v1/actors?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.value((n) -> assertThat((Integer) n).isGreaterThan(30))
			.jsonPath("$.content[?(@.slug == 'donald-trump')].affiliation.slug")
			.isEqualTo(java.util.List.of("united-states"))
			.jsonPath("$.content[?(@.slug == 'donald-trump')].kind")
			.isEqualTo(java.util.List.of("PERSON"));
	}

	@Test
	void filtersByKind() {
		this.http.get()
			.uri("/api/v1/actors?kind=GROUP&size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].kind")
			.value((kinds) -> assertThat((java.util.List<String>) kinds).isNotEmpty().containsOnly("GROUP"));
	}

	@Test
	void kindIsCaseInsensitive() {
		this.http.get()
			.uri("/api/v1/actors?kind=state&q=russia")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[0].slug")
			.isEqualTo("russia");
	}

	@ParameterizedTest(name = "q={0} finds {1}")
	@CsvSource({ "zelensky, volodymyr-zelenskyy", "ZELENSKYY, volodymyr-zelenskyy", "Zelenský, volodymyr-zelenskyy",
			"frederik merz, friedrich-merz", "Friedrich, friedrich-merz", "steven witkoff, steve-witkoff",
			"von der leyen, ursula-von-der-leyen", "Russian Federation, russia", "zelenski, volodymyr-zelenskyy",
			"zelenskiy, volodymyr-zelenskyy", "frederick merz, friedrich-merz", "witkof, steve-witkoff",
			"putn, vladimir-putin", "von der leyden, ursula-von-der-leyen" })
	void qMatchesNameOrAliasIgnoringCaseAndAccents(String q, String slug) {
		this.http.get()
			.uri((b) -> b.path("/api/v1/actors").queryParam("q", q).build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.value((slugs) -> assertThat((java.util.List<String>) slugs).contains(slug));
	}

	@Test
	void qWithLikeWildcardsIsTakenLiterally() {
		this.http.get()
			.uri("/api/v1/actors?q=%25")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
		this.http.get()
			.uri("/api/v1/actors?q=_")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void spellingToleranceDoesNotMatchUnrelatedNames() {
		this.http.get()
			.uri("/api/v1/actors?q=stubb")
			.exchange()
			.expectBody()
			.jsonPath("$.content[*].slug")
			.isEqualTo(java.util.List.of("alexander-stubb"));
	}

	@Test
	void qWithNoMatchIsAnEmptyPage() {
		this.http.get()
			.uri("/api/v1/actors?q=napoleon")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content")
			.isEmpty()
			.jsonPath("$.page.totalElements")
			.isEqualTo(0);
	}

	@Test
	void detailListsEverySpellingTheSourcesUse() {
		this.http.get()
			.uri("/api/v1/actors/friedrich-merz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Friedrich Merz")
			.jsonPath("$.aliases")
			.value((aliases) -> assertThat((java.util.List<String>) aliases).contains("Frederik Merz"))
			.jsonPath("$.notes")
			.value((notes) -> assertThat((String) notes).contains("Frederik"));
		this.http.get()
			.uri("/api/v1/actors/steve-witkoff")
			.exchange()
			.expectBody()
			.jsonPath("$.aliases")
			.value((aliases) -> assertThat((java.util.List<String>) aliases).contains("Steve Witkoff",
					"Steven Witkoff"));
		this.http.get()
			.uri("/api/v1/actors/volodymyr-zelenskyy")
			.exchange()
			.expectBody()
			.jsonPath("$.aliases")
			.value((aliases) -> assertThat((java.util.List<String>) aliases).contains("Zelensky", "Zelenskyy"));
	}

	@Test
	void groupDetailListsItsMembersAndMembersListTheirGroups() {
		this.http.get()
			.uri("/api/v1/actors/european-joint-statement-signatories")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("GROUP")
			.jsonPath("$.members[*].slug")
			.value((members) -> assertThat((java.util.List<String>) members).contains("france", "germany", "poland",
					"finland"));
		this.http.get()
			.uri("/api/v1/actors/poland")
			.exchange()
			.expectBody()
			.jsonPath("$.memberOf[*].slug")
			.value((groups) -> assertThat((java.util.List<String>) groups)
				.contains("european-joint-statement-signatories"));
	}

	@Test
	void statementsOfAnActorAreAllTheirs() {
		this.http.get()
			.uri("/api/v1/actors/vladimir-putin/statements?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[*].speaker.slug")
			.value((speakers) -> assertThat((java.util.List<String>) speakers).isNotEmpty()
				.containsOnly("vladimir-putin"))
			.jsonPath("$.content[*].text")
			.value((texts) -> assertThat((java.util.List<String>) texts).contains("a starting point"));
	}

	@Test
	void positionsOfAnActorCanBeLimitedToCurrentOnes() {
		this.http.get()
			.uri("/api/v1/actors/russia/positions?size=100")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.issue.code == 'security-guarantees')].stance")
			.value((stances) -> assertThat((java.util.List<String>) stances).containsExactly("OPPOSES", "SUPPORTS"));
		this.http.get()
			.uri("/api/v1/actors/russia/positions?current=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content[?(@.issue.code == 'security-guarantees')].stance")
			.isEqualTo(java.util.List.of("SUPPORTS"))
			.jsonPath("$.content[*].current")
			.value((current) -> assertThat((java.util.List<Boolean>) current).containsOnly(true));
	}

}
