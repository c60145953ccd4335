package org.parley.statement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.apache.commons.csv.CSVPrinter;
import org.hibernate.jpa.HibernateHints;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every statement matching a filter, as CSV, streamed a chunk at a time. */
@Service
@Transactional(readOnly = true)
class StatementExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "id, speaker_slug, speaker_name, kind, stated_on, summit_slug, text, how_said, "
			+ "article_slug, start, end, issues";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Chunks chunks;

	StatementExport(EntityManager entityManager, JdbcClient jdbc, Chunks chunks) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.chunks = chunks;
	}

	/**
	 * Streams the columns the CSV prints, not entities: an export of a million statements
	 * would otherwise load every article's body with them. Each chunk's issue codes come
	 * in one query.
	 */
	void csv(StatementFilter filter, Sorting sorting, Download download) throws IOException {
		filter.requireDatesInOrder();
		Sort sort = sorting.toSort(StatementService.SORTABLE, StatementService.DEFAULT_SORT, "id");
		this.chunks.untimed();
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Statement> s = query.from(Statement.class);
		Join<Statement, ?> speaker = s.join("speaker");
		Join<Statement, ?> summit = s.join("summit", JoinType.LEFT);
		Join<Statement, ?> article = s.join("article");
		query.multiselect(s.get("id"), speaker.get("slug"), speaker.get("name"), s.get("kind"), s.get("statedOn"),
				summit.get("slug"), s.get("text"), s.get("howSaid"), article.get("slug"), s.get("startOffset"),
				s.get("endOffset"));
		Predicate matching = StatementSpecifications.matching(filter).toPredicate(s, query, cb);
		if (matching != null) {
			query.where(matching);
		}
		query.orderBy(QueryUtils.toOrders(sort, s, cb));
		try (Stream<Tuple> rows = this.entityManager.createQuery(query)
			.setHint(HibernateHints.HINT_FETCH_SIZE, Chunks.SIZE)
			.getResultStream(); CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			Chunks.split(rows, Chunks.SIZE, (chunk) -> {
				Map<Long, List<String>> issues = issuesOf(chunk.stream().map((row) -> row.get(0, Long.class)).toList());
				for (Tuple row : chunk) {
					Long id = row.get(0, Long.class);
					Csv.print(csv, id, row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
							row.get(7), row.get(8), row.get(9), row.get(10),
							Csv.joined(issues.getOrDefault(id, List.of())));
				}
			}, () -> {
			});
		}
	}

	/** Issue codes of each statement, in code order. */
	private Map<Long, List<String>> issuesOf(List<Long> ids) {
		Map<Long, List<String>> codes = new HashMap<>();
		this.jdbc.sql("""
				select si.statement_id, i.code from statement_issue si join issue i on i.id = si.issue_id
				where si.statement_id = any (:ids) order by si.statement_id, i.code""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs) -> {
				codes.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getString(2));
			});
		return codes;
	}

}
