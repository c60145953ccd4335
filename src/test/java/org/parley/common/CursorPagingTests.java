package org.parley.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.Reply;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list is walked two ways, by page number and by the cursor each page gives out in
 * {@code page.next}; both give the same rows in the same order.
 */
@ApiTest
class CursorPagingTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/statements?", "/api/v1/statements?sort=speaker,desc&",
			"/api/v1/statements?sort=statedOn,desc&", "/api/v1/statements?issue=security-guarantees&",
			"/api/v1/statements?sort=kind,desc&sort=statedOn&", "/api/v1/statements?sort=statedOn,asc&sort=speaker&",
			"/api/v1/statements?from=2025-08-15&kind=DIRECT_QUOTE&", "/api/v1/actors/donald-trump/statements?",
			"/api/v1/positions?", "/api/v1/positions?sort=validFrom&",
			"/api/v1/positions?sort=validFrom,desc&sort=stance&", "/api/v1/actors?", "/api/v1/actors?sort=kind&",
			"/api/v1/summits?", "/api/v1/summits?sort=endDate,desc&", "/api/v1/articles?", "/api/v1/issues?",
			"/api/v1/discrepancies?", "/api/v1/timeline?", "/api/v1/timeline?actor=vladimir-putin&",
			"/api/v1/search?q=security&", "/api/v1/search?q=ceasefire putin&" })
	void walkingByCursorGivesTheRowsOfTheNumberedPages(String list) {
		List<JsonNode> numbered = new ArrayList<>();
		Reply first = this.api.get(list + "size=100").assertStatus(200);
		numbered.addAll(first.list("content"));
		for (int page = 1; page < first.intValue("page.totalPages"); page++) {
			numbered.addAll(this.api.get(list + "size=100&page=" + page).assertStatus(200).list("content"));
		}
		assertThat(first.bool("page.totalExact")).isTrue();
		assertThat(numbered).hasSize(first.intValue("page.totalElements")).hasSizeGreaterThan(3);

		List<JsonNode> walked = new ArrayList<>();
		Reply page = this.api.get(list + "size=3").assertStatus(200);
		walked.addAll(page.list("content"));
		while (!page.isNull("page.next")) {
			page = this.api.get(list + "size=3&cursor=" + encode(page.string("page.next"))).assertStatus(200);
			assertThat(page.isNull("page.number")).isTrue();
			assertThat(page.isNull("page.totalElements")).isTrue();
			walked.addAll(page.list("content"));
		}
		assertThat(walked).isEqualTo(numbered);
	}

	@Test
	void theLastPageHasNoNext() {
		Reply all = this.api.get("/api/v1/issues?size=100").assertStatus(200);
		assertThat(all.isNull("page.next")).isTrue();
		Reply first = this.api.get("/api/v1/issues?size=1").assertStatus(200);
		assertThat(first.string("page.next")).isNotBlank();
	}

	@Test
	void aCursorOnlyContinuesTheRequestThatGaveItOut() {
		String next = this.api.get("/api/v1/statements?size=5&actor=donald-trump")
			.assertStatus(200)
			.string("page.next");
		this.api.get("/api/v1/statements?size=5&actor=donald-trump&cursor=" + encode(next)).assertStatus(200);
		this.api.get("/api/v1/statements?size=10&actor=donald-trump&cursor=" + encode(next)).assertStatus(200);

		Reply otherFilter = this.api.get("/api/v1/statements?size=5&actor=vladimir-putin&cursor=" + encode(next))
			.assertStatus(400);
		assertThat(otherFilter.strings("errors.*.parameter")).containsExactly("cursor");
		assertThat(otherFilter.detail()).contains("other filters or another sort");
		this.api.get("/api/v1/statements?size=5&actor=donald-trump&sort=id&cursor=" + encode(next)).assertStatus(400);
		this.api.get("/api/v1/positions?size=5&actor=donald-trump&cursor=" + encode(next)).assertStatus(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "garbage", "eyJ4Ijox", "WyJ4Il0", "WzEsMl0", "WyJhYmMiLHsiYSI6MX1d" })
	void somethingThatIsNotACursorIsA400(String cursor) {
		Reply reply = this.api.get("/api/v1/statements?cursor=" + cursor).assertStatus(400);
		assertThat(reply.strings("errors.*.parameter")).containsExactly("cursor");
		assertThat(reply.contentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void aCursorWhoseKeysDoNotFitTheListIsA400() {
		String next = this.api.get("/api/v1/statements?size=5").assertStatus(200).string("page.next");
		String forged = new PageCursor(PageCursor.decode(next).fingerprint(), List.of("not-a-date", "x")).encode();
		assertThat(this.api.get("/api/v1/statements?size=5&cursor=" + forged)
			.assertStatus(400)
			.strings("errors.*.parameter")).containsExactly("cursor");
		String timeline = this.api.get("/api/v1/timeline?size=5").assertStatus(200).string("page.next");
		String wrong = new PageCursor(PageCursor.decode(timeline).fingerprint(), List.of("2025-08-15", "x", "1"))
			.encode();
		this.api.get("/api/v1/timeline?size=5&cursor=" + wrong).assertStatus(400);
	}

	@Test
	void pageAndCursorTogetherAreA400() {
		String next = this.api.get("/api/v1/actors?size=5").assertStatus(200).string("page.next");
		assertThat(this.api.get("/api/v1/actors?size=5&page=1&cursor=" + encode(next))
			.assertStatus(400)
			.strings("errors.*.parameter")).containsExactly("page");
	}

	@Test
	void numberedPagesStopAtTheWindowAndPointToTheCursor() {
		this.api.get("/api/v1/statements?size=100&page=99").assertStatus(200);
		Reply deep = this.api.get("/api/v1/statements?size=100&page=100").assertStatus(400);
		assertThat(deep.strings("errors.*.parameter")).containsExactly("page");
		assertThat(deep.detail()).contains("10000").contains("cursor");
		this.api.get("/api/v1/timeline?size=20&page=500").assertStatus(400);
		this.api.get("/api/v1/search?q=putin&size=20&page=500").assertStatus(400);
	}

	@Test
	void countsStopPastAThousandAndSaySo() {
		Paging first = new Paging(0, 20, List.of());
		ListPage.Metadata many = ListPage.Metadata.numbered(first, 20, true, () -> Paging.MAX_COUNT + 1, "n");
		assertThat(many.totalElements()).isEqualTo(1000);
		assertThat(many.totalExact()).isFalse();
		assertThat(many.totalPages()).isEqualTo(50);
		ListPage.Metadata some = ListPage.Metadata.numbered(first, 20, true, () -> 74, "n");
		assertThat(some.totalElements()).isEqualTo(74);
		assertThat(some.totalExact()).isTrue();
		assertThat(some.totalPages()).isEqualTo(4);

		ListPage.Metadata last = ListPage.Metadata.numbered(new Paging(3, 20, List.of()), 14, false, () -> {
			throw new AssertionError("the last page knows its total without counting");
		}, null);
		assertThat(last.totalElements()).isEqualTo(74);
		ListPage.Metadata deep = ListPage.Metadata.numbered(new Paging(200, 20, List.of()), 20, true, () -> {
			throw new AssertionError("a page past the count's maximum needs no count");
		}, "n");
		assertThat(deep.totalElements()).isEqualTo(4021);
		assertThat(deep.totalExact()).isFalse();
		assertThat(ListPage.Metadata.numbered(first, 0, false, () -> 0, null).totalPages()).isZero();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
