package org.parley.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.http.MediaType;

/** GETs of an export that expect 200 with the given media type, and a CSV parser. */
public final class Exports {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Exports() {
	}

	/** The body, after checking status 200 and that the content type matches. */
	public static String get(Api api, String uri, MediaType accept) {
		return api.accept(accept).get(uri).assertStatus(200).assertContentType(accept).text();
	}

	/** A CSV export parsed with Commons CSV, its header row read as column names. */
	public static Csv csv(Api api, String uri) {
		String body = get(api, uri, CSV);
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))) {
			return new Csv(parser.getHeaderNames(), parser.getRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A parsed CSV document. */
	public record Csv(List<String> header, List<CSVRecord> rows) {

		public List<String> column(String name) {
			return this.rows.stream().map((row) -> row.get(name)).toList();
		}

	}

}
