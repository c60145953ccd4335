package org.parley.stats;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.support.Api;
import org.parley.support.ApiTest;
import org.parley.support.AsEditor;
import org.parley.support.Reply;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts /stats reads are kept by the database as rows are written; after writes of
 * every kind they equal counting the tables afresh.
 */
@ApiTest
@AsEditor
class TalliesTests {

	@Autowired
	Api api;

	@Autowired
	JdbcClient jdbc;

	@Test
	void statsEqualCountingTheTablesAfterCreatingChangingAndDeleting() {
		assertStatsEqualARecount();
		String slug = "tally-" + UUID.randomUUID().toString().substring(0, 8);
		String body = "Tally fixture " + slug + ".\nShe said \"one\" and \"two\" and \"three\".\n";
		this.api.post("/api/v1/articles", Map.of("slug", slug, "title", "Tally", "language", "en", "body", body))
			.assertStatus(201);
		Reply one = statement(slug, "one", "donald-trump", "2025-08-18", List.of("ceasefire"));
		statement(slug, "two", "vladimir-putin", null, List.of("ceasefire", "territory"));
		Reply three = statement(slug, "three", "donald-trump", "2025-08-19", List.of());
		assertStatsEqualARecount();

		this.api.ifMatch(one.etag())
			.patch(one.location(), "{\"speaker\": \"vladimir-putin\", \"statedOn\": null, \"issues\": [\"territory\"]}")
			.assertStatus(200);
		assertStatsEqualARecount();
		assertThat(this.api.ifMatch(three.etag()).delete(three.location()).status()).isEqualTo(204);
		assertStatsEqualARecount();
		assertThat(this.api.ifMatch("*").delete("/api/v1/articles/" + slug + "?cascade=true").status()).isEqualTo(204);
		assertStatsEqualARecount();
	}

	private Reply statement(String article, String text, String speaker, String statedOn, List<String> issues) {
		Map<String, Object> request = new java.util.HashMap<>(
				Map.of("article", article, "text", text, "speaker", speaker, "kind", "DIRECT_QUOTE", "issues", issues));
		if (statedOn != null) {
			request.put("statedOn", statedOn);
		}
		return this.api.post("/api/v1/statements", request).assertStatus(201);
	}

	private void assertStatsEqualARecount() {
		Reply stats = this.api.get("/api/v1/stats").assertStatus(200);
		assertThat(stats.longValue("totals.articles")).isEqualTo(count("select count(*) from article"));
		assertThat(stats.longValue("totals.actors")).isEqualTo(count("select count(*) from actor"));
		assertThat(stats.longValue("totals.summits")).isEqualTo(count("select count(*) from summit"));
		assertThat(stats.longValue("totals.statements")).isEqualTo(count("select count(*) from statement"));
		assertThat(stats.longValue("totals.positions")).isEqualTo(count("select count(*) from position"));
		assertThat(stats.longValue("totals.currentPositions")).isEqualTo(count("""
				select count(*) from position p
				where not exists (select 1 from position later where later.supersedes_id = p.id)"""));
		assertThat(stats.strings("statementsPerActor.*.actor.slug")).isEqualTo(this.jdbc.sql("""
				select a.slug from statement s join actor a on a.id = s.speaker_id
				group by a.id order by count(*) desc, a.slug""").query(String.class).list());
		assertThat(stats.list("statementsPerActor.*.statements").stream().map((n) -> n.longValue()).toList())
			.isEqualTo(this.jdbc.sql("""
					select count(*) from statement s join actor a on a.id = s.speaker_id
					group by a.id order by count(*) desc, a.slug""").query(Long.class).list());
		assertThat(stats.list("statementsPerIssue.*.statements").stream().map((n) -> n.longValue()).toList())
			.isEqualTo(this.jdbc.sql("""
					select count(si.statement_id) from issue i left join statement_issue si on si.issue_id = i.id
					group by i.id order by count(si.statement_id) desc, i.code""").query(Long.class).list());
		assertThat(stats.list("statementsPerDay.*.statements").stream().map((n) -> n.longValue()).toList())
			.isEqualTo(this.jdbc.sql("""
					select count(*) from statement where stated_on is not null
					group by stated_on order by stated_on""").query(Long.class).list());
		assertThat(stats.longValue("undatedStatements"))
			.isEqualTo(count("select count(*) from statement where stated_on is null"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
