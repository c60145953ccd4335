package org.parley.statement;

import java.io.IOException;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;
import org.parley.issue.Issue;

import org.springframework.data.domain.Sort;
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

	private final StatementRepository statements;

	private final Chunks chunks;

	StatementExport(StatementRepository statements, Chunks chunks) {
		this.statements = statements;
		this.chunks = chunks;
	}

	void csv(StatementFilter filter, Sorting sorting, Download download) throws IOException {
		filter.requireDatesInOrder();
		Sort sort = sorting.toSort(StatementService.SORTABLE, StatementService.DEFAULT_SORT, "id");
		this.chunks.untimed();
		try (Stream<Statement> rows = this.statements.findBy(StatementSpecifications.matching(filter),
				(query) -> query.sortBy(sort).project("speaker", "summit").stream());
				CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			this.chunks.forEach(rows,
					(s) -> Csv.print(csv, s.getId(), s.getSpeaker().getSlug(), s.getSpeaker().getName(), s.getKind(),
							s.getStatedOn(), (s.getSummit() != null) ? s.getSummit().getSlug() : null, s.getText(),
							s.getHowSaid(), s.getArticle().getSlug(), s.getStartOffset(), s.getEndOffset(),
							Csv.joined(s.getIssues().stream().map(Issue::getCode).toList())));
		}
	}

}
