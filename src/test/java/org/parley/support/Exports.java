package org.parley.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** GETs of an export that expect 200 with the given media type, and a CSV parser. */
public final class Exports {

	public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Exports() {
	}

	/** The body, after checking status 200 and that the content type matches. */
	public static String get(RestTestClient http, String uri, MediaType accept) {
		return http.get()
			.uri(uri)
			.accept(accept)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(accept)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** A CSV export parsed with Commons CSV, its header row read as column names. */
	public static Csv csv(RestTestClient http, String uri) {
		String body = get(http, uri, CSV);
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
