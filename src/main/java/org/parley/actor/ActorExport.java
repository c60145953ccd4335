package org.parley.actor;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVPrinter;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every actor matching a filter, as CSV, streamed a chunk at a time. */
@Service
@Transactional(readOnly = true)
class ActorExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "slug, name, kind, title, aliases, affiliation_slug, notes";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	private final ActorRepository actors;

	private final Chunks chunks;

	ActorExport(ActorRepository actors, Chunks chunks) {
		this.actors = actors;
		this.chunks = chunks;
	}

	void csv(ActorFilter filter, Sorting sorting, Download download) throws IOException {
		Sort sort = sorting.toSort(ActorService.SORTABLE, ActorService.DEFAULT_SORT, "id");
		this.chunks.untimed();
		try (Stream<Actor> rows = this.actors.findBy(ActorSpecifications.matching(filter, this.actors),
				(query) -> query.sortBy(sort).project("affiliation").stream());
				CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			this.chunks.forEach(rows,
					(a) -> Csv.print(csv, a.getSlug(), a.getName(), a.getKind(), a.getTitle(),
							Csv.joined(List.copyOf(a.getAliases())),
							(a.getAffiliation() != null) ? a.getAffiliation().getSlug() : null, a.getNotes()));
		}
	}

}
