package org.parley.ingest.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Finds quoted passages in every style (“…” ‘…’ "…" '…' «…» „…“ ‹…›) in one pass per
 * paragraph. Only the outermost quote of a nest is reported. Apostrophes are not
 * quotation marks: a mark between letters (Russia’s), a closing-shaped mark before a word
 * (’90s) and the elisions of {@link WordLists#elisions()} ('n', 'em). A paragraph that
 * opens a quote and does not close it continues in the next paragraph when that one opens
 * with a quotation mark (the newspaper convention): each paragraph's part is its own
 * span, and the parts share a chain number. An opening mark that is never closed is
 * dropped and the paragraph read again after it.
 */
final class QuoteSpanFinder {

	private static final int MAX_RETRIES_PER_PARAGRAPH = 50;

	/** Quotes nest three deep at most; deeper marks are read as apostrophes. */
	private static final int MAX_DEPTH = 3;

	private final WordLists words;

	QuoteSpanFinder(WordLists words) {
		this.words = words;
	}

	List<QuoteSpan> find(String body, List<Paragraph> paragraphs) {
		List<QuoteSpan> spans = new ArrayList<>();
		int chains = 0;
		int runOnChain = -1;
		for (int p = 0; p < paragraphs.size(); p++) {
			Paragraph paragraph = paragraphs.get(p);
			boolean continuing = runOnChain >= 0 && isOpeningMark(body.charAt(paragraph.start()));
			int continuedChain = runOnChain;
			runOnChain = -1;
			Paragraph next = (p + 1 < paragraphs.size()) ? paragraphs.get(p + 1) : null;
			int from = paragraph.start();
			for (int retries = 0; from < paragraph.end() && retries <= MAX_RETRIES_PER_PARAGRAPH; retries++) {
				boolean first = retries == 0 && continuing;
				Scan scan = scan(body, from, paragraph.end(), first);
				for (int[] done : scan.closed) {
					int chain = (first && done[0] == paragraph.start()) ? continuedChain : chains++;
					add(body, spans, done[0], done[1], done[1] + 1, chain);
				}
				if (scan.runOnOpen < 0) {
					break;
				}
				if (next != null && isOpeningMark(body.charAt(next.start()))) {
					int chain = (first && scan.runOnOpen == paragraph.start()) ? continuedChain : chains++;
					add(body, spans, scan.runOnOpen, paragraph.end(), paragraph.end(), chain);
					runOnChain = chain;
					break;
				}
				// an opening mark never closed: not a quote; read on after it
				from = scan.runOnOpen + 1;
			}
		}
		return spans;
	}

	private static void add(String body, List<QuoteSpan> spans, int open, int contentEnd, int limit, int chain) {
		int start = open + 1;
		int end = contentEnd;
		while (start < end && Character.isWhitespace(body.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
			end--;
		}
		if (end > start && body.charAt(end - 1) == ',') {
			end--;
			while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
				end--;
			}
		}
		if (end > start) {
			spans.add(new QuoteSpan(open, start, end, limit, chain));
		}
	}

	/**
	 * Reads {@code [from, to)}: the outer quotes closed in it and the opening mark of an
	 * outer quote still open at the end (or -1).
	 */
	private Scan scan(String body, int from, int to, boolean startsContinuation) {
		Scan scan = new Scan();
		Deque<Open> stack = new ArrayDeque<>();
		for (int i = from; i < to; i++) {
			char c = body.charAt(i);
			if (stack.isEmpty()) {
				char closer = (startsContinuation && i == from) ? closerOf(c) : openerAt(body, i, from, to, null);
				if (closer != 0) {
					stack.push(new Open(i, c, closer));
				}
				continue;
			}
			int depth = closingDepth(body, i, to, stack);
			if (depth >= 0) {
				Open outer = null;
				for (int k = 0; k <= depth; k++) {
					outer = stack.pop();
				}
				if (stack.isEmpty()) {
					scan.closed.add(new int[] { outer.at, i });
				}
				continue;
			}
			char closer = (stack.size() < MAX_DEPTH) ? openerAt(body, i, from, to, stack.peek()) : 0;
			if (closer != 0) {
				stack.push(new Open(i, c, closer));
			}
		}
		if (!stack.isEmpty()) {
			scan.runOnOpen = stack.peekLast().at;
		}
		return scan;
	}

	/** How many marks down the stack the mark at i closes (0: the top), or -1. */
	private int closingDepth(String body, int i, int to, Deque<Open> stack) {
		int depth = 0;
		for (Iterator<Open> it = stack.iterator(); it.hasNext(); depth++) {
			Open open = it.next();
			if (closes(body, i, to, open)) {
				return depth;
			}
		}
		return -1;
	}

	private static boolean closes(String body, int i, int to, Open open) {
		char c = body.charAt(i);
		char next = (i + 1 < to) ? body.charAt(i + 1) : ' ';
		char previous = body.charAt(i - 1);
		switch (open.mark) {
			case '„':
				return c == '“' || c == '”';
			case '‘':
				return c == '’' && !Character.isLetterOrDigit(next);
			case '\'':
				return c == '\'' && !Character.isWhitespace(previous) && !Character.isLetterOrDigit(next);
			default:
				return c == open.closer;
		}
	}

	/** The closing mark for an opening mark at i, or 0 when i opens no quote. */
	private char openerAt(String body, int i, int from, int to, Open inside) {
		char c = body.charAt(i);
		char previous = (i > from) ? body.charAt(i - 1) : ' ';
		char next = (i + 1 < to) ? body.charAt(i + 1) : ' ';
		switch (c) {
			case '“':
				return (inside == null || inside.mark != '“') && !Character.isWhitespace(next) ? '”' : 0;
			case '„':
				return '“';
			case '‚':
				return (inside != null) ? '‘' : 0;
			case '«':
				return '»';
			case '‹':
				return '›';
			case '‘':
				return !Character.isWhitespace(next) && !isElision(body, i + 1, to) ? '’' : 0;
			case '"':
				return (inside == null || inside.mark != '"') && opensAfter(previous) && !Character.isWhitespace(next)
						? '"' : 0;
			case '\'':
				return opensAfter(previous) && Character.isLetterOrDigit(next) && !isElision(body, i + 1, to) ? '\''
						: 0;
			default:
				return 0;
		}
	}

	private static char closerOf(char opening) {
		return switch (opening) {
			case '“' -> '”';
			case '„' -> '“';
			case '«' -> '»';
			case '‹' -> '›';
			case '‘' -> '’';
			case '"' -> '"';
			case '\'' -> '\'';
			default -> 0;
		};
	}

	private static boolean opensAfter(char previous) {
		return Character.isWhitespace(previous) || "([{—–-/“‘«„‹:".indexOf(previous) >= 0;
	}

	static boolean isOpeningMark(char c) {
		return "“‘\"'«„‹".indexOf(c) >= 0;
	}

	/** Whether the word at i makes the mark before it an apostrophe ('n', '90s). */
	private boolean isElision(String body, int i, int to) {
		int end = i;
		while (end < to && Character.isLetterOrDigit(body.charAt(end))) {
			end++;
		}
		String word = body.substring(i, end);
		if (word.length() >= 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1))
				&& (word.length() == 2 || word.substring(2).equals("s"))) {
			return true;
		}
		return this.words.elisions().contains(word.toLowerCase(java.util.Locale.ROOT));
	}

	private record Open(int at, char mark, char closer) {
	}

	private static final class Scan {

		final List<int[]> closed = new ArrayList<>();

		int runOnOpen = -1;

	}

}
