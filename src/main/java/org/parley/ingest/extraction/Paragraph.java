package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One paragraph of a body: a line, {@code [start, end)} without its line break and
 * trailing blanks. Blank lines are no paragraph.
 */
record Paragraph(int index, int start, int end) {

	static List<Paragraph> split(String body) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int lineStart = 0;
		int length = body.length();
		while (lineStart <= length) {
			int lineEnd = body.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = length;
			}
			int start = lineStart;
			int end = lineEnd;
			while (start < end && Character.isWhitespace(body.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				paragraphs.add(new Paragraph(paragraphs.size(), start, end));
			}
			lineStart = lineEnd + 1;
		}
		return paragraphs;
	}

	String text(String body) {
		return body.substring(this.start, this.end);
	}

}
