package org.parley.statement;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVPrinter;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;
import org.parley.common.SqlListing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every statement matching a filter, as CSV, streamed: one SQL statement with the same
 * filters and order as the lists ({@link StatementReads}), read through a cursor a fetch
 * at a time. Only the columns the CSV prints are read; the issue codes of each chunk of
 * {@link Chunks#SIZE} rows come in one query (cheaper than a subquery per row).
 */
@Service
@Transactional(readOnly = true)
class StatementExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "id, speaker_slug, speaker_name, kind, stated_on, summit_slug, text, how_said, "
			+ "article_slug, start, end, issues";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	private static final String SELECT = "s.id, sp.slug as speaker_slug, sp.name as speaker_name, s.kind, s.stated_on, "
			+ "su.slug as summit_slug, s.text, s.how_said, ar.slug as article_slug, s.start_offset, s.end_offset";

	/**
	 * Reads {@link Chunks#SIZE} rows a fetch (in a transaction the driver then uses a
	 * cursor).
	 */
	private final JdbcClient streaming;

	private final Chunks chunks;

	StatementExport(DataSource dataSource, Chunks chunks) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(Chunks.SIZE);
		this.streaming = JdbcClient.create(template);
		this.chunks = chunks;
	}

	void csv(StatementFilter filter, Sorting sorting, Download download) throws IOException {
		filter.requireDatesInOrder();
		SqlListing<Object[]> listing = StatementReads
			.matching(SqlListing.<Object[]>select(this.streaming, SELECT, StatementReads.FROM), filter)
			.orderBy(sorting.toSort(StatementService.SORTABLE, StatementService.DEFAULT_SORT, "id"),
					StatementReads.COLUMNS);
		this.chunks.untimed();
		try (Stream<Object[]> rows = listing.stream(StatementExport::row);
				CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			Chunks.split(rows, Chunks.SIZE, (chunk) -> {
				Map<Long, List<String>> issues = issuesOf(chunk.stream().map((row) -> (Long) row[0]).toList());
				for (Object[] row : chunk) {
					row[row.length - 1] = Csv.joined(issues.getOrDefault((Long) row[0], List.of()));
					Csv.print(csv, row);
				}
			}, () -> {
			});
		}
	}

	/** Issue codes of each statement, in code order. */
	private Map<Long, List<String>> issuesOf(List<Long> ids) {
		Map<Long, List<String>> codes = new HashMap<>();
		this.streaming.sql("""
				select si.statement_id, i.code from statement_issue si join issue i on i.id = si.issue_id
				where si.statement_id = any (:ids) order by si.statement_id, i.code""")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs) -> {
				codes.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getString(2));
			});
		return codes;
	}

	/** A CSV row, its last column (the issues) filled in per chunk. */
	private static Object[] row(ResultSet rs, int n) throws SQLException {
		return new Object[] { rs.getLong("id"), rs.getString("speaker_slug"), rs.getString("speaker_name"),
				rs.getString("kind"), rs.getObject("stated_on", LocalDate.class), rs.getString("summit_slug"),
				rs.getString("text"), rs.getString("how_said"), rs.getString("article_slug"), rs.getInt("start_offset"),
				rs.getInt("end_offset"), null };
	}

}
