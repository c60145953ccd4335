package org.parley.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.parley.common.Unprocessable;

/**
 * Where a statement's text stands in its article's body: characters {@code [start, end)},
 * counted in UTF-16 code units from 0 (as Java and JavaScript count them).
 */
record Span(int start, int end) {

	/** How many occurrences a 422 lists at most. */
	static final int LISTED = 20;

	/** Whether {@code body.substring(start, end)} is {@code text}. */
	boolean reproduces(String body, String text) {
		return this.start >= 0 && this.end <= body.length() && this.start < this.end
				&& body.substring(this.start, this.end).equals(text);
	}

	/**
	 * The span of {@code text} in {@code body}. With offsets given they must reproduce
	 * the text exactly (a missing end is start + the text's length, a missing start end -
	 * the text's length). Without, the text must occur: once, or, where it occurs more
	 * than once, at {@code current} (the span an update keeps when it still holds).
	 * @throws Unprocessable naming {@code text} if the body does not print the text,
	 * {@code start} if it prints it more than once and no offsets choose one, and
	 * {@code start}/{@code end} if the offsets given do not reproduce it
	 */
	static Span locate(String body, String text, Integer start, Integer end, Span current) {
		List<Integer> occurrences = occurrences(body, text);
		if (start != null || end != null) {
			int s = (start != null) ? start : end - text.length();
			int e = (end != null) ? end : s + text.length();
			Span given = new Span(s, e);
			if (given.reproduces(body, text)) {
				return given;
			}
			if (occurrences.isEmpty()) {
				throw notPrinted();
			}
			if (e - s != text.length()) {
				throw Unprocessable.field((end != null) ? "end" : "start",
						"[" + s + ", " + e + ") spans " + (e - s) + " characters but the text has " + text.length()
								+ "; the text stands at " + describe(occurrences, text));
			}
			if (s < 0 || e > body.length()) {
				throw Unprocessable.field("start", "[" + s + ", " + e + ") is outside the body (" + body.length()
						+ " characters); the text stands at " + describe(occurrences, text));
			}
			throw new Unprocessable(List.of(
					new Unprocessable.FieldError("start",
							"the body at [" + s + ", " + e + ") is not the text; the text stands at "
									+ describe(occurrences, text)),
					new Unprocessable.FieldError("end",
							"must be start + " + text.length() + " at one of the offsets where the text stands")));
		}
		if (occurrences.isEmpty()) {
			throw notPrinted();
		}
		if (occurrences.size() == 1) {
			return new Span(occurrences.get(0), occurrences.get(0) + text.length());
		}
		if (current != null && current.reproduces(body, text)) {
			return current;
		}
		throw Unprocessable.field("start",
				"is needed: the text occurs " + occurrences.size() + " times in the article, starting at offsets "
						+ describe(occurrences, text) + "; give start (and end) to choose one");
	}

	/**
	 * Every offset where {@code text} starts in {@code body}, overlapping ones included.
	 */
	static List<Integer> occurrences(String body, String text) {
		List<Integer> found = new ArrayList<>();
		for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
			found.add(at);
		}
		return found;
	}

	private static Unprocessable notPrinted() {
		return Unprocessable.field("text",
				"is not printed in the article's body; it must be the article's own characters, exactly");
	}

	private static String describe(List<Integer> occurrences, String text) {
		String listed = occurrences.stream()
			.limit(LISTED)
			.map(String::valueOf)
			.collect(Collectors.joining(", ", "[", (occurrences.size() > LISTED) ? ", ...]" : "]"));
		return (occurrences.size() == 1) ? listed + " (end " + (occurrences.get(0) + text.length()) + ")" : listed;
	}

}
