package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph's tokens into sentences: after a full stop, question or exclamation
 * mark (or a quote ending in one) when the next token opens a sentence (capital, digit or
 * quote). Quotes are single tokens, so sentences inside them do not count.
 */
final class Sentences {

	private Sentences() {
	}

	/** Sentence boundaries as {@code [from, to)} token ranges, in order. */
	static List<int[]> split(List<Token> tokens, String body) {
		List<int[]> sentences = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < tokens.size(); i++) {
			if (i + 1 < tokens.size() && endsSentence(tokens.get(i), body) && opensSentence(tokens.get(i + 1))) {
				sentences.add(new int[] { from, i + 1 });
				from = i + 1;
			}
		}
		if (from < tokens.size()) {
			sentences.add(new int[] { from, tokens.size() });
		}
		return sentences;
	}

	private static boolean endsSentence(Token token, String body) {
		if (token.isQuote()) {
			int last = token.end() - 1;
			while (last > token.start() && "”’\"'»›“ ".indexOf(body.charAt(last)) >= 0) {
				last--;
			}
			return ".?!…".indexOf(body.charAt(last)) >= 0;
		}
		return token.is(".") || token.is("?") || token.is("!") || token.is("...");
	}

	private static boolean opensSentence(Token token) {
		if (token.isQuote()) {
			return true;
		}
		char c = token.text().charAt(0);
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '[';
	}

}
