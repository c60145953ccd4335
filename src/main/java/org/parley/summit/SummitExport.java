package org.parley.summit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.apache.commons.csv.CSVPrinter;
import org.parley.article.Article;
import org.parley.common.Chunks;
import org.parley.common.Csv;
import org.parley.common.Download;
import org.parley.common.Sorting;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every event matching a filter as CSV, GeoJSON or an iCalendar feed, streamed a chunk at
 * a time.
 */
@Service
@Transactional(readOnly = true)
class SummitExport {

	/** The CSV columns, for the OpenAPI description (a constant expression). */
	static final String CSV_COLUMNS = "slug, title, kind, status, start_date, end_date, location_name, latitude, "
			+ "longitude, participants, summary, outcome, sources, source_count";

	static final String[] CSV_HEADER = CSV_COLUMNS.split(", ");

	static final MediaType GEO_JSON = MediaType.parseMediaType(Download.APPLICATION_GEO_JSON);

	static final MediaType CALENDAR = MediaType.parseMediaType(Download.TEXT_CALENDAR);

	private static final String CRLF = "\r\n";

	private final SummitRepository summits;

	private final Chunks chunks;

	private final JsonMapper json;

	private final Clock clock;

	SummitExport(SummitRepository summits, Chunks chunks, JsonMapper json, Clock clock) {
		this.summits = summits;
		this.chunks = chunks;
		this.json = json;
		this.clock = clock;
	}

	void csv(SummitFilter filter, Sorting sorting, Download download) throws IOException {
		this.chunks.untimed();
		try (Stream<Summit> rows = matching(filter, sorting, null);
				CSVPrinter csv = Csv.printer(download.open(), CSV_HEADER)) {
			this.chunks.forEach(rows,
					(s) -> Csv.print(csv, s.getSlug(), s.getTitle(), s.getKind(), s.getStatus(), s.getStartDate(),
							s.getEndDate(), s.getLocationName(), s.getLatitude(), s.getLongitude(),
							Csv.joined(s.getParticipants().stream().map((p) -> p.getActor().getSlug()).toList()),
							s.getSummary(), s.getOutcome(),
							Csv.joined(s.getSources().stream().map(Article::getSlug).toList()), s.getSourceCount()));
		}
	}

	/** A FeatureCollection, its features written one at a time. */
	void geoJson(SummitFilter filter, Sorting sorting, Download download) throws IOException {
		this.chunks.untimed();
		try (Stream<Summit> rows = matching(filter, sorting, null);
				JsonGenerator out = this.json.createGenerator(download.open())) {
			out.writeStartObject();
			out.writeStringProperty("type", "FeatureCollection");
			out.writeArrayPropertyStart("features");
			this.chunks.forEach(rows, (s) -> out.writePOJO(SummitMapper.toFeature(s)));
			out.writeEndArray();
			out.writeEndObject();
		}
	}

	/**
	 * A VCALENDAR with one all-day VEVENT per dated event. ical4j makes each event
	 * (property formatting, TEXT escaping); they are written one at a time, folded to 75
	 * octets a line.
	 */
	void calendar(SummitFilter filter, Sorting sorting, Download download) throws IOException {
		DtStamp stamp = new DtStamp(this.clock.instant());
		this.chunks.untimed();
		try (Stream<Summit> rows = matching(filter, sorting, dated());
				Writer out = new OctetFoldingWriter(download.open())) {
			out.write("BEGIN:VCALENDAR" + CRLF);
			out.write(new ProdId("-//Parley//Parley API v1//EN").toString());
			out.write(ImmutableVersion.VERSION_2_0.toString());
			out.write(ImmutableCalScale.GREGORIAN.toString());
			this.chunks.forEach(rows, (s) -> write(out, event(s, stamp)));
			out.write("END:VCALENDAR" + CRLF);
		}
	}

	private Stream<Summit> matching(SummitFilter filter, Sorting sorting, Specification<Summit> also) {
		filter.requireDatesInOrder();
		Sort sort = sorting.toSort(SummitService.SORTABLE, SummitService.DEFAULT_SORT, "id");
		Specification<Summit> spec = SummitSpecifications.matching(filter);
		return this.summits.findBy((also != null) ? spec.and(also) : spec, (query) -> query.sortBy(sort).stream());
	}

	private static Specification<Summit> dated() {
		return (root, query, cb) -> cb.isNotNull(root.get("startDate"));
	}

	/**
	 * All-day: DTSTART and DTEND are dates, DTEND the day after the last (exclusive).
	 */
	static VEvent event(Summit s, DtStamp stamp) {
		LocalDate last = (s.getEndDate() != null) ? s.getEndDate() : s.getStartDate();
		VEvent event = new VEvent(false);
		event.add(stamp);
		event.add(new Uid(s.getSlug() + "@parley"));
		event.add(new DtStart<>(s.getStartDate()));
		event.add(new DtEnd<>(last.plusDays(1)));
		event.add(new Summary(s.getTitle()));
		if (s.getLocationName() != null) {
			event.add(new Location(s.getLocationName()));
		}
		if (s.getSummary() != null) {
			event.add(new Description(s.getSummary()));
		}
		event.add(status(s.getStatus()));
		return event;
	}

	private static Status status(SummitStatus status) {
		return switch (status) {
			case HELD, PLANNED -> ImmutableStatus.VEVENT_CONFIRMED;
			case PROPOSED -> ImmutableStatus.VEVENT_TENTATIVE;
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
		};
	}

	private static void write(Writer out, VEvent event) {
		try {
			out.write(event.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
