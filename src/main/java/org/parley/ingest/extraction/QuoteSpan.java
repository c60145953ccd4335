package org.parley.ingest.extraction;

/**
 * A quoted passage: the opening mark at {@code open}, the words at {@code [start, end)}
 * (trimmed, without a trailing comma) and {@code limit}, the offset after the closing
 * mark or, when the quote runs on into the next paragraph, the paragraph's end. Parts of
 * one quote running over paragraphs share a {@code chain} number; any other quote has a
 * number of its own.
 */
record QuoteSpan(int open, int start, int end, int limit, int chain) {

	String text(String body) {
		return body.substring(this.start, this.end);
	}

}
