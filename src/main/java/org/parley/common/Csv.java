package org.parley.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports: RFC 4180 (comma, CRLF, fields quoted where needed, quotes doubled) with a
 * header row, written by Apache Commons CSV.
 */
public final class Csv {

	/** Separates the values of a many-valued column, e.g. issue codes. */
	public static final String LIST_SEPARATOR = ";";

	private Csv() {
	}

	/** A printer that has already written the header row. */
	public static CSVPrinter printer(Writer out, String... header) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader(header).get().print(out);
	}

	/** Prints one record, rethrowing a write failure unchecked (for use in lambdas). */
	public static void print(CSVPrinter printer, Object... values) {
		try {
			printer.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The values of a many-valued column in one field, separated by {@code ;}. */
	public static String joined(Collection<String> values) {
		return String.join(LIST_SEPARATOR, values);
	}

}
