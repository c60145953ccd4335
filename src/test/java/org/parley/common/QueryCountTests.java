package org.parley.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.support.ApiTest;
import org.parley.support.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each list endpoint runs a fixed number of SQL statements, whatever the page size:
 * to-one associations are joined into the page query, to-many ones loaded in one batch
 * per association.
 */
@ApiTest
class QueryCountTests {

	@Autowired
	RestTestClient http;

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

	private void get(String uri) {
		this.http.get().uri(uri).exchange().expectStatus().isOk();
	}

}
