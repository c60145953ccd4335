package org.parley.stats;

import java.util.List;

import org.parley.actor.ActorRef;
import org.parley.issue.IssueRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts for dashboards: four aggregate SQL statements whatever the size of the data.
 * REPEATABLE READ makes the four see one snapshot, so the numbers add up (days plus
 * undated equal the total) even while others write.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class StatsService {

	private final JdbcClient jdbc;

	StatsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Stats stats() {
		Stats.Totals totals = this.jdbc
			.sql("""
					select (select count(*) from article) as articles,
					       (select count(*) from actor) as actors,
					       (select count(*) from summit) as summits,
					       (select count(*) from statement) as statements,
					       (select count(*) from position) as positions,
					       (select count(*) from position p
					        where not exists (select 1 from position later where later.supersedes_id = p.id)) as current_positions
					""")
			.query((rs, row) -> new Stats.Totals(rs.getLong("articles"), rs.getLong("actors"), rs.getLong("summits"),
					rs.getLong("statements"), rs.getLong("positions"), rs.getLong("current_positions")))
			.single();
		List<Stats.ActorCount> perActor = this.jdbc.sql("""
				select a.slug, a.name, count(*) as statements
				from statement s join actor a on a.id = s.speaker_id
				group by a.id
				order by statements desc, a.slug
				""")
			.query((rs, row) -> new Stats.ActorCount(new ActorRef(rs.getString("slug"), rs.getString("name")),
					rs.getLong("statements")))
			.list();
		List<Stats.IssueCount> perIssue = this.jdbc.sql("""
				select i.code, i.name, count(si.statement_id) as statements
				from issue i left join statement_issue si on si.issue_id = i.id
				group by i.id
				order by statements desc, i.code
				""")
			.query((rs, row) -> new Stats.IssueCount(new IssueRef(rs.getString("code"), rs.getString("name")),
					rs.getLong("statements")))
			.list();
		// One statement for the days and the undated: the group with a null date is the
		// undated statements.
		List<Stats.DayCount> perDay = this.jdbc.sql("""
				select stated_on, count(*) as statements
				from statement
				group by stated_on
				order by stated_on nulls last
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
