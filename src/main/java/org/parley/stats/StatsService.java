package org.parley.stats;

import java.util.List;

import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for dashboards, read from the tallies the database keeps as rows are written
 * (V15__tallies.sql): four small SQL statements whatever the size of the data. REPEATABLE
 * READ makes the four see one snapshot, so the numbers add up (days plus undated equal
 * the total) even while others write.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class StatsService {

	private final JdbcClient jdbc;

	StatsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Stats stats() {
		Stats.Totals totals = this.jdbc.sql("""
				select coalesce(sum(n) filter (where subject = 'article'), 0) as articles,
				       coalesce(sum(n) filter (where subject = 'actor'), 0) as actors,
				       coalesce(sum(n) filter (where subject = 'summit'), 0) as summits,
				       coalesce(sum(n) filter (where subject = 'statement'), 0) as statements,
				       coalesce(sum(n) filter (where subject = 'position'), 0) as positions,
				       coalesce(sum(n) filter (where subject = 'position'), 0)
				         - coalesce(sum(n) filter (where subject = 'superseding'), 0) as current_positions
				from record_tally
				""")
			.query((rs, row) -> new Stats.Totals(rs.getLong("articles"), rs.getLong("actors"), rs.getLong("summits"),
					rs.getLong("statements"), rs.getLong("positions"), rs.getLong("current_positions")))
			.single();
		List<Stats.ActorCount> perActor = this.jdbc.sql("""
				select a.slug, a.name, t.n as statements
				from statement_tally_by_speaker t join actor a on a.id = t.speaker_id
				where t.n > 0
				order by statements desc, a.slug
				""")
			.query((rs, row) -> new Stats.ActorCount(new ActorRef(rs.getString("slug"), rs.getString("name")),
					rs.getLong("statements")))
			.list();
		List<Stats.IssueCount> perIssue = this.jdbc.sql("""
				select i.code, i.name, coalesce(t.n, 0) as statements
				from issue i left join statement_tally_by_issue t on t.issue_id = i.id
				order by statements desc, i.code
				""")
			.query((rs, row) -> new Stats.IssueCount(new IssueRef(rs.getString("code"), rs.getString("name")),
					rs.getLong("statements")))
			.list();
		// One statement for the days and the undated: the group with a null date is the
		// undated statements.
		List<Stats.DayCount> perDay = this.jdbc.sql("""
				select day as stated_on, n as statements
				from statement_tally_by_day
				where n > 0
				order by day nulls last
				""")
			.query((rs, row) -> new Stats.DayCount(
					(rs.getDate("stated_on") != null) ? rs.getDate("stated_on").toLocalDate() : null,
					rs.getLong("statements")))
			.list();
		long undated = perDay.stream().filter((day) -> day.date() == null).mapToLong(Stats.DayCount::statements).sum();
		List<Stats.DayCount> dated = perDay.stream().filter((day) -> day.date() != null).toList();
		return new Stats(totals, perActor, perIssue, dated, undated);
	}

}
