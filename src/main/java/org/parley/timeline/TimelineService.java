package org.parley.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.actor.ActorRef;
import org.parley.common.InvalidParameter;
import org.parley.common.ListPage;
import org.parley.common.PageCursor;
import org.parley.common.Paging;
import org.parley.issue.IssueRef;
import org.parley.position.Stance;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events, statements and positions merged into one date-ordered list. Two SQL statements
 * per request whatever the page size: the page (a {@code union all} of the three tables,
 * ordered and cut in the database, then joined to the names it shows) and the count. Only
 * the filters given are added to the SQL, so each branch can use the index behind its
 * filter (see V1__schema.sql and V4__analysis.sql).
 */
@Service
@Transactional(readOnly = true)
class TimelineService {

	/** Entries by date (undated last), then events before statements before positions. */
	private static final String ORDER = "date nulls last, type_rank, id";

	private final JdbcClient jdbc;

	TimelineService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ListPage<TimelineEntry> timeline(TimelineFilter filter, Paging paging) {
		if (!paging.sort().isEmpty()) {
			throw new InvalidParameter("sort", "is not supported: the timeline is in date order");
		}
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
		Map<String, Object> params = new HashMap<>();
		List<String> entries = entries(filter, params);
		params.put("limit", paging.size() + 1);
		params.put("offset", paging.offset());
		params.put("branchLimit", paging.offset() + paging.size() + 1);
		String rows = (paging.cursor() != null) ? after(entries, paging.cursorKeys(3), params)
				: ordered(entries, "true") + " offset :offset";
		String page = """
				select e.type, e.id, e.slug, e.title, e.date, e.stance,
				       a.slug as actor_slug, a.name as actor_name, i.code as issue_code, i.name as issue_name,
				       prev.id as prev_id, prev.stance as prev_stance, prev.valid_from as prev_valid_from
				from (%s) e
				left join actor a on a.id = e.actor_id
				left join issue i on i.id = e.issue_id
				left join position prev on prev.id = e.supersedes_id
				order by %s
				""".formatted(rows, ORDER);
		List<Row> found = this.jdbc.sql(page)
			.params(params)
			.query((rs, n) -> new Row(entry(rs, n), rs.getLong("id")))
			.list();
		return ListPage.of(paging, found, Row::keys, Row::entry, () -> {
			params.put("window", Paging.MAX_COUNT + 1);
			return this.jdbc
				.sql("select count(*) from (select 1 from (" + String.join("\nunion all\n", entries)
						+ ") e limit :window) counted")
				.params(params)
				.query(Long.class)
				.single();
		});
	}

	/**
	 * The entries matching {@code condition}, in timeline order, one more than a page.
	 */
	private static String ordered(List<String> entries, String condition) {
		StringBuilder union = new StringBuilder();
		for (String branch : entries) {
			union.append(union.isEmpty() ? "" : "\nunion all\n")
				.append("(select * from (")
				.append(branch)
				.append(") b where ")
				.append(condition)
				.append(" order by date nulls last, id limit :branchLimit)");
		}
		return "select * from (" + union + ") e order by " + ORDER + " limit :limit";
	}

	/**
	 * The entries after the cursor's (date, type rank, id). Dated and undated entries are
	 * read apart so that each part is a range an index on the date can scan.
	 */
	private static String after(List<String> entries, List<String> keys, Map<String, Object> params) {
		try {
			params.put("afterRank", Integer.parseInt(keys.get(1)));
			params.put("afterId", Long.parseLong(keys.get(2)));
			if (keys.get(0) == null) {
				return ordered(entries, "date is null and (type_rank, id) > (:afterRank, :afterId)");
			}
			params.put("afterDate", LocalDate.parse(keys.get(0)));
		}
		catch (RuntimeException ex) {
			throw PageCursor.notOne();
		}
		return "select * from (("
				+ ordered(entries,
						"date >= :afterDate and (date > :afterDate or (type_rank, id) > (:afterRank, :afterId))")
				+ ") union all (" + ordered(entries, "date is null") + ")) continued order by " + ORDER
				+ " limit :limit";
	}

	/** An entry and the id of its row (events are named by slug, but ordered by id). */
	private record Row(TimelineEntry entry, long id) {

		/** The entry's place in timeline order, as the cursor holds it. */
		List<String> keys() {
			LocalDate date = this.entry.date();
			return Arrays.asList((date != null) ? date.toString() : null,
					String.valueOf(this.entry.type().ordinal() + 1), String.valueOf(this.id));
		}

	}

	/**
	 * The union of the matching events, statements and positions, in the same columns.
	 * Filter values are bound parameters; only fixed SQL is concatenated.
	 */
	private static List<String> entries(TimelineFilter filter, Map<String, Object> params) {
		StringBuilder summits = new StringBuilder("""
				select 'SUMMIT' as type, 1 as type_rank, s.id, s.slug, s.title, s.start_date as date,
				       null::bigint as actor_id, null::bigint as issue_id, null as stance, null::bigint as supersedes_id
				from summit s
				where true""");
		StringBuilder statements = new StringBuilder(
				"""
						select 'STATEMENT' as type, 2 as type_rank, st.id, null as slug, st.text as title, st.stated_on as date,
						       st.speaker_id as actor_id, null::bigint as issue_id, null as stance, null::bigint as supersedes_id
						from statement st
						where true""");
		StringBuilder positions = new StringBuilder("""
				select 'POSITION' as type, 3 as type_rank, p.id, null as slug, p.summary as title, p.valid_from as date,
				       p.actor_id, p.issue_id, p.stance, p.supersedes_id
				from position p
				where true""");
		if (filter.actor() != null) {
			params.put("actor", filter.actor());
			String actorId = "(select id from actor where slug = :actor)";
			summits.append(" and s.id in (select sp.summit_id from summit_participant sp where sp.actor_id = ")
				.append(actorId)
				.append(")");
			statements.append(" and st.speaker_id = ").append(actorId);
			positions.append(" and p.actor_id = ").append(actorId);
		}
		if (filter.issue() != null) {
			params.put("issue", filter.issue());
			String issueId = "(select id from issue where code = :issue)";
			summits.append(" and s.id in (select on_issue.summit_id from statement on_issue")
				.append(" join statement_issue si on si.statement_id = on_issue.id where si.issue_id = ")
				.append(issueId)
				.append(")");
			statements.append(" and st.id in (select si.statement_id from statement_issue si where si.issue_id = ")
				.append(issueId)
				.append(")");
			positions.append(" and p.issue_id = ").append(issueId);
		}
		if (filter.from() != null) {
			params.put("from", filter.from());
			summits.append(" and s.start_date >= :from");
			statements.append(" and st.stated_on >= :from");
			positions.append(" and p.valid_from >= :from");
		}
		if (filter.to() != null) {
			params.put("to", filter.to());
			summits.append(" and s.start_date <= :to");
			statements.append(" and st.stated_on <= :to");
			positions.append(" and p.valid_from <= :to");
		}
		return List.of(summits.toString(), statements.toString(), positions.toString());
	}

	private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
		TimelineType type = TimelineType.valueOf(rs.getString("type"));
		long id = rs.getLong("id");
		LocalDate date = localDate(rs.getDate("date"));
		String title = rs.getString("title");
		return switch (type) {
			case SUMMIT -> {
				String slug = rs.getString("slug");
				yield new TimelineEntry(type, null, slug, "/api/v1/summits/" + slug, date, date != null, title, null,
						null, null, null);
			}
			case STATEMENT -> new TimelineEntry(type, id, null, "/api/v1/statements/" + id, date, date != null, title,
					actor(rs), null, null, null);
			case POSITION -> new TimelineEntry(type, id, null, "/api/v1/positions/" + id, date, date != null, title,
					actor(rs), new IssueRef(rs.getString("issue_code"), rs.getString("issue_name")),
					Stance.valueOf(rs.getString("stance")), superseded(rs));
		};
	}

	private static ActorRef actor(ResultSet rs) throws SQLException {
		return new ActorRef(rs.getString("actor_slug"), rs.getString("actor_name"));
	}

	private static TimelineEntry.Superseded superseded(ResultSet rs) throws SQLException {
		long id = rs.getLong("prev_id");
		if (rs.wasNull()) {
			return null;
		}
		return new TimelineEntry.Superseded(id, Stance.valueOf(rs.getString("prev_stance")),
				localDate(rs.getDate("prev_valid_from")), "/api/v1/positions/" + id);
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
