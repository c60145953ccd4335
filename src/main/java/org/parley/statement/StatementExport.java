package org.parley.statement;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
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
 * at a time, each row printed as it arrives. Only the columns the CSV prints are read,
 * the issue codes as an array.
 */
@Service
@Transactional(readOnly = true)
class StatementExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "id, speaker_slug, speaker_name, kind, stated_on, summit_slug, text, how_said, "
			+ "article_slug, start, end, issues";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	private static final String SELECT = "s.id, sp.slug as speaker_slug, sp.name as speaker_name, s.kind, s.stated_on, "
			+ "su.slug as summit_slug, s.text, s.how_said, ar.slug as article_slug, s.start_offset, s.end_offset, "
			+ "array(select i.code from statement_issue si join issue i on i.id = si.issue_id "
			+ "where si.statement_id = s.id order by i.code) as issues";

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
			rows.forEach((row) -> Csv.print(csv, row));
		}
	}

	private static Object[] row(ResultSet rs, int n) throws SQLException {
		String[] issues = (String[]) rs.getArray("issues").getArray();
		return new Object[] { rs.getLong("id"), rs.getString("speaker_slug"), rs.getString("speaker_name"),
				rs.getString("kind"), rs.getObject("stated_on", LocalDate.class), rs.getString("summit_slug"),
				rs.getString("text"), rs.getString("how_said"), rs.getString("article_slug"), rs.getInt("start_offset"),
				rs.getInt("end_offset"), Csv.joined(Arrays.asList(issues)) };
	}

}
