package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into words and punctuation, each quote standing as one token. A full
 * stop stays on initials ("U.S.", "J.D.") and on the abbreviations of
 * {@link WordLists#abbreviations()}, so that it does not end a sentence.
 */
final class Tokenizer {

	private final WordLists words;

	Tokenizer(WordLists words) {
		this.words = words;
	}

	/**
	 * @param quotes the article's quote spans; those starting in the paragraph become
	 * quote tokens
	 * @param firstQuote index of the first span that may start in the paragraph
	 */
	List<Token> tokenize(String body, Paragraph paragraph, List<QuoteSpan> quotes, int firstQuote) {
		List<Token> tokens = new ArrayList<>();
		int q = firstQuote;
		int i = paragraph.start();
		int to = paragraph.end();
		while (i < to) {
			while (q < quotes.size() && quotes.get(q).open() < i) {
				q++;
			}
			if (q < quotes.size() && quotes.get(q).open() == i) {
				QuoteSpan span = quotes.get(q);
				int end = Math.min(span.limit(), to);
				String text = body.substring(i, end);
				tokens.add(new Token(i, end, text, text, false, q));
				i = end;
				q++;
				continue;
			}
			char c = body.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (!Character.isLetterOrDigit(c)) {
				int end = i + 1;
				if (c == '.' && end + 1 < to && body.charAt(end) == '.' && body.charAt(end + 1) == '.') {
					end += 2;
				}
				String text = body.substring(i, end);
				tokens.add(new Token(i, end, text, text, false, -1));
				i = end;
				continue;
			}
			int end = i + 1;
			while (end < to) {
				char d = body.charAt(end);
				if (Character.isLetterOrDigit(d)) {
					end++;
				}
				else if ("-’'.&".indexOf(d) >= 0 && end + 1 < to && Character.isLetterOrDigit(body.charAt(end + 1))
						&& !startsQuote(quotes, q, end)) {
					end += 2;
				}
				else {
					break;
				}
			}
			String word = body.substring(i, end);
			if (end < to && body.charAt(end) == '.' && takesFullStop(word)) {
				end++;
				word = body.substring(i, end);
			}
			boolean possessive = false;
			String norm = word;
			if (end < to && (body.charAt(end) == '’' || body.charAt(end) == '\'') && word.endsWith("s")
					&& !startsQuote(quotes, q, end)
					&& (end + 1 >= to || !Character.isLetterOrDigit(body.charAt(end + 1)))) {
				end++;
				word = body.substring(i, end);
				possessive = true;
			}
			else if (word.endsWith("’s") || word.endsWith("'s")) {
				norm = word.substring(0, word.length() - 2);
				possessive = true;
			}
			tokens.add(new Token(i, end, word, norm, possessive, -1));
			i = end;
		}
		return tokens;
	}

	private static boolean startsQuote(List<QuoteSpan> quotes, int q, int at) {
		return q < quotes.size() && quotes.get(q).open() == at;
	}

	private boolean takesFullStop(String word) {
		if (word.indexOf('.') > 0) {
			return true;
		}
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return this.words.abbreviations().contains(word);
	}

}
