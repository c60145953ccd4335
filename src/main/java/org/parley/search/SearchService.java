package org.parley.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.common.InvalidParameter;
import org.parley.common.ListPage;
import org.parley.common.PageCursor;
import org.parley.common.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over article bodies and statements with PostgreSQL: stored
 * {@code tsvector} columns with GIN indexes (V4__analysis.sql),
 * {@code websearch_to_tsquery} for the query, {@code ts_rank} for the order and
 * {@code ts_headline} for snippets, the latter two only for a bounded set (the
 * candidates, and the page). At most four statements per request: the plan setting, the
 * query check, the page, and the count when the page does not tell it.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

	/**
	 * How many matches of each kind are ranked: when more match, the most recently
	 * recorded ones (see the operation's description).
	 */
	static final int CANDIDATES = 1_000;

	private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

	private final JdbcClient jdbc;

	SearchService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ListPage<SearchHit> search(SearchFilter filter, Paging paging) {
		String q = checkedQuery(filter);
		if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
			throw new InvalidParameter("from", "must not be after 'to'");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("q", q);
		// The query's words decide whether the index or a walk in id order finds matches
		// faster; a plan made for other words must not be reused.
		this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		List<String> matching = matches(filter, params);
		params.put("candidates", CANDIDATES);
		String matches = ranked(matching);
		params.put("limit", paging.size() + 1);
		params.put("offset", paging.offset());
		String where = "true";
		if (paging.cursor() != null) {
			List<String> keys = paging.cursorKeys(3);
			try {
				params.put("afterRank", Float.parseFloat(keys.get(0)));
				params.put("afterType", SearchType.valueOf(keys.get(1)).name());
				params.put("afterKey", Long.parseLong(keys.get(2)));
			}
			catch (RuntimeException ex) {
				throw PageCursor.notOne();
			}
			where = "rank < cast(:afterRank as real) or (rank = cast(:afterRank as real)"
					+ " and (type < :afterType or (type = :afterType and key > :afterKey)))";
			params.put("offset", 0);
		}
		String page = """
				with query as (select websearch_to_tsquery('english', :q) as tsq),
				hits as (select * from (%s) matched where %s
				         order by rank desc, type desc, key limit :limit offset :offset)
				select hits.type, hits.key, hits.rank,
				       case when hits.type = 'STATEMENT'
				            then ts_headline('english', s.text, query.tsq, '%s')
				            else ts_headline('english', a.body, query.tsq, '%s') end as snippet,
				       s.id as statement_id, s.text, s.stated_on, sp.slug as speaker_slug, sp.name as speaker_name,
				       a.slug as article_slug, a.title as article_title, a.published_on
				from hits cross join query
				join article a on a.id = hits.article_id
				left join statement s on hits.type = 'STATEMENT' and s.id = hits.key
				left join actor sp on sp.id = s.speaker_id
				order by hits.rank desc, hits.type desc, hits.key
				""".formatted(matches, where, HEADLINE_OPTIONS, HEADLINE_OPTIONS);
		List<Ranked> found = this.jdbc.sql(page)
			.params(params)
			.query((rs, n) -> new Ranked(hit(rs, n), rs.getFloat("rank"), rs.getLong("key")))
			.list();
		return ListPage.of(paging, found, Ranked::keys, Ranked::hit, () -> {
			params.put("window", Paging.MAX_COUNT + 1);
			return this.jdbc.sql(
					"with query as (select websearch_to_tsquery('english', :q) as tsq) select count(*) from (select 1 from ("
							+ String.join("\nunion all\n", matching) + ") matched limit :window) counted")
				.params(params)
				.query(Long.class)
				.single();
		});
	}

	/** A hit with the keys of its place in rank order. */
	private record Ranked(SearchHit hit, float rank, long key) {

		List<String> keys() {
			return List.of(Float.toString(this.rank), this.hit.type().name(), Long.toString(this.key));
		}

	}

	/**
	 * Each kind's most recently recorded {@link #CANDIDATES} matches, ranked: the ranking
	 * (which reads every candidate's vector) and its sort stay bounded however common the
	 * words are.
	 */
	private static String ranked(List<String> matching) {
		List<String> parts = new ArrayList<>();
		for (String part : matching) {
			parts.add("select c.type, c.key, c.article_id, ts_rank(c.search_vector, query.tsq, 2) as rank from (" + part
					+ " order by key desc limit :candidates) c, query");
		}
		return String.join("\nunion all\n", parts);
	}

	private String checkedQuery(SearchFilter filter) {
		String q = (filter.q() != null) ? filter.q().strip() : "";
		if (q.isEmpty()) {
			throw new InvalidParameter("q", "is required: the words to search for");
		}
		if (q.length() > SearchFilter.MAX_QUERY_LENGTH) {
			throw new InvalidParameter("q", "must be at most " + SearchFilter.MAX_QUERY_LENGTH + " characters");
		}
		Integer nodes = this.jdbc.sql("select numnode(websearch_to_tsquery('english', :q))")
			.param("q", q)
			.query(Integer.class)
			.single();
		if (nodes == null || nodes == 0) {
			throw new InvalidParameter("q", "has no searchable words ('" + q
					+ "' holds only stop words or punctuation); search for names or content words");
		}
		return q;
	}

	/**
	 * The matching statements and articles, with only the filters given, each kind as its
	 * own query.
	 */
	private static List<String> matches(SearchFilter filter, Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		if (filter.type() == null || filter.type() == SearchType.STATEMENT) {
			StringBuilder sql = new StringBuilder("""
					select 'STATEMENT' as type, s.id as key, s.article_id, s.search_vector
					from statement s
					where s.search_vector @@ websearch_to_tsquery('english', :q)""");
			if (filter.actor() != null) {
				sql.append(" and s.speaker_id = (select id from actor where slug = :actor)");
			}
			if (filter.issue() != null) {
				sql.append(" and exists (select 1 from statement_issue si join issue i on i.id = si.issue_id"
						+ " where si.statement_id = s.id and i.code = :issue)");
			}
			if (filter.from() != null) {
				sql.append(" and s.stated_on >= :from");
			}
			if (filter.to() != null) {
				sql.append(" and s.stated_on <= :to");
			}
			parts.add(sql.toString());
		}
		if (filter.type() == null || filter.type() == SearchType.ARTICLE) {
			StringBuilder sql = new StringBuilder("""
					select 'ARTICLE' as type, a.id as key, a.id as article_id, a.search_vector
					from article a
					where a.search_vector @@ websearch_to_tsquery('english', :q)""");
			if (filter.actor() != null) {
				sql.append(" and exists (select 1 from statement sa join actor sp on sp.id = sa.speaker_id"
						+ " where sa.article_id = a.id and sp.slug = :actor)");
			}
			if (filter.issue() != null) {
				sql.append(
						" and exists (select 1 from statement si_s join statement_issue si on si.statement_id = si_s.id"
								+ " join issue i on i.id = si.issue_id where si_s.article_id = a.id and i.code = :issue)");
			}
			if (filter.from() != null) {
				sql.append(" and a.published_on >= :from");
			}
			if (filter.to() != null) {
				sql.append(" and a.published_on <= :to");
			}
			parts.add(sql.toString());
		}
		putIfPresent(params, "actor", filter.actor());
		putIfPresent(params, "issue", filter.issue());
		putIfPresent(params, "from", filter.from());
		putIfPresent(params, "to", filter.to());
		return parts;
	}

	private static void putIfPresent(Map<String, Object> params, String name, Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	private static SearchHit hit(ResultSet rs, int row) throws SQLException {
		SearchType type = SearchType.valueOf(rs.getString("type"));
		ArticleRef article = new ArticleRef(rs.getString("article_slug"), rs.getString("article_title"));
		if (type == SearchType.STATEMENT) {
			long id = rs.getLong("statement_id");
			return new SearchHit(type, id, rs.getString("text"), rs.getString("snippet"), rs.getFloat("rank"),
					localDate(rs.getDate("stated_on")),
					new ActorRef(rs.getString("speaker_slug"), rs.getString("speaker_name")), article,
					"/api/v1/statements/" + id);
		}
		return new SearchHit(type, null, article.title(), rs.getString("snippet"), rs.getFloat("rank"),
				localDate(rs.getDate("published_on")), null, article, "/api/v1/articles/" + article.slug());
	}

	private static java.time.LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

}
