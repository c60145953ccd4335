package org.parley.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records that cite articles and statements (positions with evidence, summit sources,
 * discrepancy readings), written straight to the database for features whose write API
 * lives elsewhere, and removed again by {@link #removeAll()}. Each uses its own issue,
 * summit or discrepancy, so the seed is never touched.
 */
public final class CitationFixtures {

	private final JdbcClient jdbc;

	private final List<Long> issues = new ArrayList<>();

	private final List<Long> summits = new ArrayList<>();

	private final List<Long> discrepancies = new ArrayList<>();

	public CitationFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A position of the actor on a new issue of its own, for now without evidence. */
	public long position(String actorSlug) {
		String code = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
		long issue = this.jdbc.sql("insert into issue (code, name, question) values (?, ?, ?) returning id")
			.params(code, "Fixture " + code, "Fixture?")
			.query(Long.class)
			.single();
		this.issues.add(issue);
		return this.jdbc.sql("""
				insert into position (actor_id, issue_id, stance, summary)
				select a.id, ?, 'SUPPORTS', 'fixture' from actor a where a.slug = ? returning id""")
			.params(issue, actorSlug)
			.query(Long.class)
			.single();
	}

	public void statementEvidence(long position, long statement) {
		this.jdbc.sql("insert into position_evidence (position_id, statement_id) values (?, ?)")
			.params(position, statement)
			.update();
	}

	public void articleEvidence(long position, String articleSlug) {
		this.jdbc
			.sql("insert into position_evidence (position_id, article_id) select ?, id from article where slug = ?")
			.params(position, articleSlug)
			.update();
	}

	public long evidenceCount(long position) {
		return this.jdbc.sql("select count(*) from position_evidence where position_id = ?")
			.param(position)
			.query(Long.class)
			.single();
	}

	/** A new summit listing the article among its sources. */
	public String summitCiting(String articleSlug) {
		String slug = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
		long summit = this.jdbc
			.sql("insert into summit (slug, title, kind, status) values (?, 'Fixture', 'SUMMIT', 'HELD') returning id")
			.param(slug)
			.query(Long.class)
			.single();
		this.summits.add(summit);
		this.jdbc.sql("insert into summit_source (summit_id, article_id) select ?, id from article where slug = ?")
			.params(summit, articleSlug)
			.update();
		return slug;
	}

	public long summitSourceCount(String summitSlug) {
		return this.jdbc
			.sql("select count(*) from summit_source ss join summit s on s.id = ss.summit_id where s.slug = ?")
			.param(summitSlug)
			.query(Long.class)
			.single();
	}

	/** A discrepancy with one reading that quotes {@code excerpt} from the article. */
	public void discrepancyQuoting(String articleSlug, String excerpt) {
		String slug = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
		long discrepancy = this.jdbc.sql("""
				insert into discrepancy (slug, subject_type, subject_key, question)
				values (?, 'ARTICLE', ?, 'Fixture?') returning id""")
			.params(slug, articleSlug)
			.query(Long.class)
			.single();
		this.discrepancies.add(discrepancy);
		long reading = this.jdbc
			.sql("insert into discrepancy_reading (discrepancy_id, reading) values (?, 'fixture') returning id")
			.param(discrepancy)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into discrepancy_source (reading_id, article_id, excerpt) select ?, id, ? from article "
					+ "where slug = ?")
			.params(reading, excerpt, articleSlug)
			.update();
	}

	public void removeAll() {
		for (Long discrepancy : this.discrepancies) {
			this.jdbc.sql("delete from discrepancy where id = ?").param(discrepancy).update();
		}
		for (Long summit : this.summits) {
			this.jdbc.sql("delete from summit where id = ?").param(summit).update();
		}
		for (Long issue : this.issues) {
			this.jdbc
				.sql("delete from position_evidence where position_id in (select id from position where issue_id = ?)")
				.param(issue)
				.update();
			this.jdbc.sql("delete from position where issue_id = ?").param(issue).update();
			this.jdbc.sql("delete from issue where id = ?").param(issue).update();
		}
		this.discrepancies.clear();
		this.summits.clear();
		this.issues.clear();
	}

}
