package org.parley.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.common.ListPage;
import org.parley.common.Paging;
import org.parley.common.SqlListing;
import org.parley.common.SqlListing.Column;
import org.parley.issue.IssueRef;
import org.parley.summit.SummitRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statement lists, read in SQL: the hottest read path, where loading entities (a
 * statement with its speaker, event and article, each in full) and translating a criteria
 * query cost several times the database's own work. The rows go straight into
 * {@link StatementResponse}, its issues and the page's count included: one statement a
 * page. The CSV export reads through the same filters ({@link #matching}); writes and
 * single statements stay with the entity model.
 */
@Component
class StatementReads {

	/** Entity sort path ({@link StatementService#SORTABLE}) → SQL column. */
	static final Map<String, Column> COLUMNS = Map.of("statedOn", new Column("s.stated_on", LocalDate.class, true),
			"speaker.name", new Column("sp.name", String.class, false), "kind",
			new Column("s.kind", String.class, false), "id", new Column("s.id", Long.class, false));

	private static final String SELECT = "s.id, s.text, s.kind, s.stated_on, s.how_said, sp.slug as speaker_slug, "
			+ "sp.name as speaker_name, su.slug as summit_slug, su.title as summit_title, ar.slug as article_slug, "
			+ "ar.title as article_title, s.start_offset, s.end_offset, (select c.sources from statement_corroboration c "
			+ "where c.speaker_id = s.speaker_id and c.text_md5 = md5(s.text)) as source_count, "
			+ "array(select i.code || ' ' || i.name from statement_issue si join issue i on i.id = si.issue_id "
			+ "where si.statement_id = s.id order by i.code) as issues";

	static final String FROM = "from statement s join actor sp on sp.id = s.speaker_id "
			+ "join article ar on ar.id = s.article_id left join summit su on su.id = s.summit_id";

	private final JdbcClient jdbc;

	StatementReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page of statements a filter asks for. */
	ListPage<StatementResponse> list(StatementFilter filter, Paging paging) {
		return matching(SqlListing.<StatementResponse>select(this.jdbc, SELECT, FROM).countFrom("from statement s"),
				filter)
			.orderBy(paging.toSort(StatementService.SORTABLE, StatementService.DEFAULT_SORT, "id"), COLUMNS)
			.page(paging, StatementReads::row);
	}

	/**
	 * Narrows a listing of statements ({@code s}) to those the filter asks for. Records
	 * named by slug or code are compared by id through a scalar subquery, so PostgreSQL
	 * walks an index in list order ({@code (speaker_id, stated_on, id)}) rather than join
	 * and sort every match.
	 */
	static <R> SqlListing<R> matching(SqlListing<R> listing, StatementFilter filter) {
		if (filter.actor() != null) {
			listing.where("s.speaker_id = (select id from actor where slug = :actor)", "actor", filter.actor());
		}
		if (filter.summit() != null) {
			listing.where("s.summit_id = (select id from summit where slug = :summit)", "summit", filter.summit());
		}
		if (filter.article() != null) {
			listing.where("s.article_id = (select id from article where slug = :article)", "article", filter.article());
		}
		if (filter.kind() != null) {
			listing.where("s.kind = :kind", "kind", filter.kind().name());
		}
		if (filter.from() != null) {
			listing.where("s.stated_on >= :from", "from", filter.from());
		}
		if (filter.to() != null) {
			listing.where("s.stated_on <= :to", "to", filter.to());
		}
		if (filter.issue() != null) {
			listing.where("exists (select 1 from statement_issue si where si.statement_id = s.id "
					+ "and si.issue_id = (select id from issue where code = :issue))", "issue", filter.issue());
		}
		return listing;
	}

	private static StatementResponse row(ResultSet rs, int n) throws SQLException {
		String summit = rs.getString("summit_slug");
		return new StatementResponse(rs.getLong("id"), rs.getString("text"),
				StatementKind.valueOf(rs.getString("kind")), rs.getObject("stated_on", LocalDate.class),
				rs.getString("how_said"), new ActorRef(rs.getString("speaker_slug"), rs.getString("speaker_name")),
				(summit != null) ? new SummitRef(summit, rs.getString("summit_title")) : null, issues(rs),
				new StatementResponse.Source(
						new ArticleRef(rs.getString("article_slug"), rs.getString("article_title")),
						rs.getInt("start_offset"), rs.getInt("end_offset")),
				rs.getInt("source_count"));
	}

	/**
	 * The issues a row touches, in code order: each "code name" (codes have no spaces).
	 */
	private static List<IssueRef> issues(ResultSet rs) throws SQLException {
		String[] issues = (String[]) rs.getArray("issues").getArray();
		List<IssueRef> refs = new ArrayList<>(issues.length);
		for (String issue : issues) {
			int space = issue.indexOf(' ');
			refs.add(new IssueRef(issue.substring(0, space), issue.substring(space + 1)));
		}
		return List.copyOf(refs);
	}

}
