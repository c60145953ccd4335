package org.parley.dashboard;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a reader sees it, in a real Chromium against the app on real
 * PostgreSQL with the seed: each view shows the seed's facts, with no console error and
 * no request to any host but the app. Screenshots go to {@code target/screenshots/}.
 */
@ApiTest
class DashboardBrowserTests {

	private static Browser browser;

	@Autowired
	private Api api;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) throws IOException {
		browser = Browser.start("http://localhost:" + port);
	}

	@AfterAll
	static void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void overviewSaysWhatTheDataHoldsAndLinksIntoEveryView() {
		Reply stats = this.api.get("/api/v1/stats").assertStatus(200);
		browser.open("/");
		assertThat(browser.find("h1").getText()).isEqualTo("What the record holds");
		assertThat(browser.find(".totals").getText()).contains(stats.longValue("totals.articles") + " source articles")
			.contains(stats.longValue("totals.statements") + " statements");
		assertThat(browser.findAll(".totals a")).extracting((a) -> a.getDomAttribute("href"))
			.contains("/quotes", "/matrix", "/map");
		assertThat(browser.findAll("[data-summit='white-house-meeting-2025-08-18']")).hasSize(1);
		assertThat(browser.findAll("[data-position] .stance")).isNotEmpty();
		browser.assertCleanly("overview");
		for (String view : List.of("/", "/matrix?asOf=2025-08-19", "/articles/us-pushes-for-peace-deal?statement=4")) {
			browser.open(view);
			long firstView = Long
				.parseLong((String) browser.script("return document.getElementById('main').dataset.firstViewMs"));
			System.out.printf("first view of %s drawn %d ms after navigation started%n", view, firstView);
			assertThat(firstView).as("first view of %s, in ms (1 s on a quiet machine; room for a loaded one)", view)
				.isLessThan(3000);
		}
	}

	@Test
	void matrixShowsRussiaOnSecurityGuaranteesChangingBetween14And19August() {
		String russia = "td[data-actor='russia'][data-issue='security-guarantees']";
		browser.open("/matrix?asOf=2025-08-14");
		assertThat(browser.find(russia).getDomAttribute("data-stance")).isEqualTo("OPPOSES");
		assertThat(browser.find(russia).getText()).contains("✗");
		browser.assertCleanly("matrix-2025-08-14");

		browser.open("/matrix?asOf=2025-08-19");
		assertThat(browser.find(russia).getDomAttribute("data-stance")).isEqualTo("SUPPORTS");
		assertThat(browser.find(russia + " button").getDomAttribute("aria-label"))
			.isEqualTo("Russia on Security guarantees for Ukraine: supports");
		browser.assertCleanly("matrix");
	}

	@Test
	void matrixStepsToTheNextChangeAndMarksTheCellsThatChanged() {
		String russia = "td[data-actor='russia'][data-issue='security-guarantees']";
		browser.open("/matrix?asOf=2025-08-14");
		browser.find(".stepper button:last-of-type").click();
		browser.awaitView();
		assertThat(browser.currentPath()).isEqualTo("/matrix?asOf=2025-08-15");
		assertThat(browser.find(russia).getDomAttribute("data-stance")).isEqualTo("SUPPORTS");
		assertThat(browser.find(russia).getDomAttribute("class")).contains("changed");
		assertThat(browser.find(russia + " button").getDomAttribute("aria-label")).endsWith(", changed");
		browser.assertRequestsStayHome();
	}

	@Test
	void aMatrixCellOpensItsPositionWithTheQuotesBehindIt() {
		browser.open("/matrix?asOf=2025-08-19");
		browser.find("td[data-actor='russia'][data-issue='security-guarantees'] button").click();
		browser.await(".detail blockquote");
		assertThat(browser.find(".detail").getText()).contains("Article-5").contains("since 2025-08-15");
		assertThat(browser.findAll(".detail a[href^='/articles/']")).isNotEmpty();
		browser.assertCleanly("matrix-position");
	}

	@Test
	void articleMarksWitkoffsGameChangingQuoteAtItsExactSpan() {
		Reply article = this.api.get("/api/v1/articles/us-pushes-for-peace-deal").assertStatus(200);
		String body = article.string("body");
		JsonNode witkoff = article.list("statements")
			.stream()
			.filter((s) -> s.get("id").asInt() == 4)
			.findFirst()
			.orElseThrow();
		String span = body.substring(witkoff.get("source").get("start").asInt(),
				witkoff.get("source").get("end").asInt());
		assertThat(span).contains("game-changing");

		browser.open("/articles/us-pushes-for-peace-deal?statement=4");
		assertThat(browser.script("return document.querySelector('mark[data-statement=\"4\"]').textContent"))
			.isEqualTo(span);
		assertThat(browser.find("mark[data-statement='4']").getDomAttribute("class")).contains("wanted");
		assertThat(browser.script("const r = document.querySelector('mark[data-statement=\"4\"]')"
				+ ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"))
			.as("the quote asked for is scrolled into view")
			.isEqualTo(true);
		for (JsonNode statement : article.list("statements")) {
			int start = statement.get("source").get("start").asInt();
			int end = statement.get("source").get("end").asInt();
			assertThat(browser.script(
					"return document.querySelector('mark[data-statement=\"' + arguments[0] + '\"]')" + ".textContent",
					statement.get("id").asLong()))
				.as("statement %s", statement.get("id"))
				.isEqualTo(body.substring(start, end));
		}
		assertThat(browser.find("main").getText()).contains("Where the sources disagree");
		browser.assertCleanly("article");
	}

	@Test
	void timelineListsEventsStatementsAndStanceChangesWithUndatedItemsApart() {
		browser.open("/timeline?actor=russia");
		assertThat(browser.findAll("li[data-summit='alaska-summit-2025-08-15']")).hasSize(1);
		assertThat(browser.findAll("li[data-statement]")).isNotEmpty();
		assertThat(browser.findAll("li[data-position='8']")).hasSize(1);
		assertThat(browser.find("li[data-position='8']").getText()).contains("opposes").contains("supports");
		assertThat(browser.findAll(".axis circle")).isNotEmpty();
		assertThat(browser.find("main").getText()).contains("Undated");
		assertThat(browser.find("select[name='actor']").getDomProperty("value")).isEqualTo("russia");
		browser.assertCleanly("timeline");
	}

	@Test
	void theWholeTimelineIsReadPageByPage() {
		long total = this.api.get("/api/v1/timeline?size=1").longValue("page.totalElements");
		assertThat(total).as("the seed's timeline is longer than one page").isGreaterThan(100);
		browser.open("/timeline");
		assertThat(browser.find("nav.pages").getText().replaceAll("\\s+", " "))
			.isEqualTo("1–100 of " + total + " Next →");
		browser.find("nav.pages a").click();
		browser.awaitView();
		assertThat(browser.currentPath()).isEqualTo("/timeline?page=1");
		assertThat(browser.find("nav.pages").getText().replaceAll("\\s+", " "))
			.isEqualTo("← Previous 101–" + total + " of " + total);
		browser.assertCleanly("timeline-page-2");
	}

	@Test
	void quoteSearchHighlightsItsHitsAndOpensTheArticle() {
		browser.open("/quotes?q=game-changing");
		assertThat(browser.find("li[data-statement='4'] blockquote").getText()).contains("game-changing");
		assertThat(browser.findAll("li[data-statement='4'] mark")).extracting((mark) -> mark.getText())
			.contains("game", "changing");
		browser.screenshot("quotes");
		browser.find("li[data-statement='4'] a[href^='/articles/']").click();
		browser.awaitView();
		assertThat(browser.currentPath()).isEqualTo("/articles/us-pushes-for-peace-deal?statement=4");
		assertThat(browser.findAll("mark.wanted[data-statement='4']")).hasSize(1);
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void mapPlacesEventsWithCoordinatesAndListsTheOthers() {
		browser.open("/map");
		assertThat(browser.findAll("svg a[data-summit='alaska-summit-2025-08-15']")).hasSize(1);
		assertThat(browser.findAll("svg a[data-summit='white-house-meeting-2025-08-18']")).hasSize(1);
		assertThat(browser.findAll("svg a[data-summit='trilateral-summit-proposed']")).isEmpty();
		assertThat(browser.find("li[data-summit='trilateral-summit-proposed']").getText()).contains("proposed");
		assertThat(browser.find("li[data-summit='putin-zelenskyy-meeting-proposed']").getText()).contains("planned");
		assertThat(browser.find("svg path.land").getDomAttribute("d")).hasSizeGreaterThan(1000);
		browser.assertCleanly("map");
	}

	@Test
	void actorViewShowsNamesStatementsAndPositionsPerIssue() {
		browser.open("/actors/russia");
		assertThat(browser.find("h1").getText()).isEqualTo("Russia");
		assertThat(browser.find("main").getText()).contains("Russian Federation")
			.contains("Security guarantees for Ukraine");
		assertThat(browser.findAll(".positions [data-position='7'], .positions [data-position='8']")).hasSize(2);
		assertThat(browser.findAll("li[data-statement]")).isNotEmpty();
		browser.assertCleanly("actor");
	}

	@Test
	void reviewAcceptsAndRejectsAnArticlesPendingCandidatesWithAPastedEditorKey() {
		String slug = "dashboard-review-" + System.nanoTime();
		this.api.asEditor()
			.post("/api/v1/articles", Map.of("slug", slug, "title", "Kyiv rules out land for a truce", "language", "en",
					"body",
					"KYIV — “We will never trade our territory for a ceasefire,” Zelensky told reporters on "
							+ "Wednesday.\n\n“A truce on these terms would only freeze the war,” said Anna Kovalenko, "
							+ "an analyst at the Kyiv Institute."))
			.assertStatus(201);
		List<JsonNode> pending = this.api.get("/api/v1/articles/{slug}/candidates?status=PENDING", slug)
			.assertStatus(200)
			.list("content");
		assertThat(pending).hasSize(2);
		long zelensky = pending.get(0).get("id").asLong();
		long kovalenko = pending.get(1).get("id").asLong();

		browser.open("/review/" + slug);
		assertThat(browser.findAll("li[data-candidate] button")).allMatch((button) -> !button.isEnabled());
		browser.screenshot("review");
		browser.find("input[name='key']").sendKeys(this.api.newKey("dashboard reviewer", "EDITOR"));
		browser.find("form button[type='submit']").click();
		browser.awaitView();
		assertThat(browser.script("return sessionStorage.getItem('parley-editor-key')")).asString().startsWith("pk_");
		assertThat(browser.script("return localStorage.length")).isEqualTo(0L);

		browser.find("li[data-candidate='" + zelensky + "'] .actions button:first-of-type").click();
		browser.find("li[data-candidate='" + kovalenko + "'] input[name='reason']").sendKeys("not about the talks");
		browser.find("li[data-candidate='" + kovalenko + "'] .actions button:last-of-type").click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
			.until((d) -> browser.findAll("li[data-candidate]").isEmpty());
		assertThat(this.api.get("/api/v1/candidates/{id}", zelensky).string("status")).isEqualTo("ACCEPTED");
		Reply rejected = this.api.get("/api/v1/candidates/{id}", kovalenko);
		assertThat(rejected.string("status")).isEqualTo("REJECTED");
		assertThat(rejected.string("reason")).isEqualTo("not about the talks");
		assertThat(browser.consoleErrors()).isEmpty();
		browser.assertRequestsStayHome();
		browser.script("sessionStorage.clear()");
	}

	@Test
	void anUnknownSlugShowsTheProblemTheApiAnswered() {
		browser.open("/articles/no-such-article");
		assertThat(browser.find("[role='alert']").getText()).contains("Resource not found")
			.contains("No article 'no-such-article'");
		// the 404 itself is the only thing the console reports
		assertThat(browser.consoleErrors()).allMatch((message) -> message.contains("404"));
		browser.assertRequestsStayHome();
		browser.screenshot("error");
	}

	@Test
	void theMatrixStaysReadableOnANarrowScreen() {
		browser.open("/matrix?asOf=2025-08-19");
		browser.width(375);
		assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
			.as("the page itself does not scroll sideways (the table does, in its box)")
			.isEqualTo(true);
		browser.screenshot("matrix-375");
		assertThat(browser.consoleErrors()).isEmpty();
	}

}
