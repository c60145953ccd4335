package org.parley.position;

import java.io.IOException;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every position matching a filter, as CSV, streamed a chunk at a time. */
@Service
@Transactional(readOnly = true)
class PositionExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "id, actor_slug, actor_name, issue_code, stance, summary, valid_from, current, "
			+ "supersedes_id, superseded_by_id, evidence_statement_ids, evidence_article_slugs, source_count";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	private final PositionRepository positions;

	private final Chunks chunks;

	PositionExport(PositionRepository positions, Chunks chunks) {
		this.positions = positions;
		this.chunks = chunks;
	}

	void csv(PositionFilter filter, Sorting sorting, Download download) throws IOException {
		Sort sort = sorting.toSort(PositionService.SORTABLE, PositionService.DEFAULT_SORT, "id");
		this.chunks.untimed();
		try (Stream<Position> rows = this.positions.findBy(PositionSpecifications.matching(filter),
				(query) -> query.sortBy(sort).project("actor", "issue").stream());
				CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			this.chunks.forEach(rows, (p) -> Csv.print(csv, p.getId(), p.getActor().getSlug(), p.getActor().getName(),
					p.getIssue().getCode(), p.getStance(), p.getSummary(), p.getValidFrom(), p.isCurrent(),
					p.getSupersedesId(), p.getSupersededById(), statementIds(p), articleSlugs(p), p.getSourceCount()));
		}
	}

	/** Ids of the statements cited as evidence, in order. */
	private static String statementIds(Position position) {
		return Csv.joined(position.getEvidence()
			.stream()
			.map(PositionEvidence::getStatement)
			.filter(Objects::nonNull)
			.map((statement) -> String.valueOf(statement.getId()))
			.toList());
	}

	/**
	 * The articles behind the evidence, each once: cited directly or as a statement's
	 * source.
	 */
	private static String articleSlugs(Position position) {
		return Csv.joined(position.getEvidence()
			.stream()
			.map((e) -> (e.getStatement() != null) ? e.getStatement().getArticle() : e.getArticle())
			.map((article) -> article.getSlug())
			.distinct()
			.toList());
	}

}
