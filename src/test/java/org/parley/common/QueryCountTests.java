package org.parley.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each list endpoint runs a fixed number of SQL statements, whatever the page size:
 * to-one associations are joined into the page query, to-many ones loaded in one batch
 * per association.
 */
@ApiTest
class QueryCountTests {

	@Autowired
	Api api;

	@Autowired
	SqlStatements sql;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/articles", "/api/v1/actors", "/api/v1/actors?q=merz", "/api/v1/summits",
			"/api/v1/summits?actor=donald-trump", "/api/v1/statements", "/api/v1/statements?issue=territory",
			"/api/v1/positions", "/api/v1/positions?current=true", "/api/v1/issues",
			"/api/v1/actors/donald-trump/statements", "/api/v1/actors/donald-trump/positions",
			"/api/v1/discrepancies" })
	void listRunsTheSameStatementsForOneRowAsForAHundred(String uri) {
		String separator = uri.contains("?") ? "&" : "?";
		long one = this.sql.countDuring(() -> get(uri + separator + "size=1"));
		long hundred = this.sql.countDuring(() -> get(uri + separator + "size=100"));
		// A page of one row needs a count query; a page of a hundred holds every row
		// here, and
		// Spring Data then skips the count. Beyond that, more rows must not mean more
		// statements.
		assertThat(one).as(uri).isLessThanOrEqualTo(6);
		assertThat(hundred).as(uri).isBetween(one - 1, one);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/articles/us-pushes-for-peace-deal", "/api/v1/actors/donald-trump",
			"/api/v1/summits/white-house-meeting-2025-08-18", "/api/v1/issues/security-guarantees",
			"/api/v1/positions/matrix?asOf=2025-08-19", "/api/v1/positions/shifts",
			"/api/v1/discrepancies/white-house-meeting-date" })
	void detailRunsAFewStatementsWhateverItsSize(String uri) {
		assertThat(this.sql.countDuring(() -> get(uri))).as(uri).isLessThanOrEqualTo(10);
	}

	/**
	 * An export streams its rows a chunk at a time: one query for the rows (with their
	 * to-one associations), then per chunk one batched query per to-many association,
	 * never one per row.
	 */
	@ParameterizedTest(name = "{1} of {0}")
	@CsvSource({ "/api/v1/statements?actor=steve-witkoff, /api/v1/statements, text/csv",
			"/api/v1/actors?q=merz, /api/v1/actors?q=e, text/csv",
			"/api/v1/positions?actor=russia&issue=ceasefire, /api/v1/positions, text/csv",
			"/api/v1/summits?actor=david-lammy, /api/v1/summits, text/csv",
			"/api/v1/summits?actor=david-lammy, /api/v1/summits, application/geo+json",
			"/api/v1/summits?actor=vladimir-putin&from=2025-08-15&to=2025-08-15, /api/v1/summits, text/calendar" })
	void exportRunsTheSameStatementsForOneRowAsForAll(String one, String all, String accept) {
		MediaType type = MediaType.parseMediaType(accept);
		long forOne = this.sql.countDuring(() -> export(one, type));
		long forAll = this.sql.countDuring(() -> export(all, type));
		assertThat(forOne).as(one).isLessThanOrEqualTo(6);
		assertThat(forAll).as(all).isEqualTo(forOne);
	}

	private void export(String uri, MediaType type) {
		this.api.accept(type).get(uri).assertStatus(200);
	}

	private void get(String uri) {
		this.api.get(uri).assertStatus(200);
	}

}
