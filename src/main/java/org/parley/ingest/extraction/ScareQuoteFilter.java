package org.parley.ingest.extraction;

import java.util.Locale;

/**
 * Tells speech from quotation marks that only set words apart. Marked labels are never
 * speech ("the so-called “coalition of the willing”", "dubbed “…”"). A quote of five
 * words or more is speech unless its words are a title (mostly capitalised). A shorter
 * one is speech only when a speech verb attributes it ("Putin said they reached an
 * “understanding”") or it shares its sentence with a longer quote that is speech.
 */
final class ScareQuoteFilter {

	static final int SPEECH_WORDS = 5;

	private static final int MARKER_WINDOW = 3;

	private static final int SENTENCE_WORDS = 3;

	private final WordLists words;

	ScareQuoteFilter(WordLists words) {
		this.words = words;
	}

	boolean isMarkedLabel(ParagraphText text, int quote) {
		String before = "";
		String withoutArticles = "";
		for (int i = quote - 1; i >= 0 && i >= quote - MARKER_WINDOW; i--) {
			Token token = text.token(i);
			if (!token.isWord()) {
				break;
			}
			before = (token.lower() + " " + before).trim();
			if (!this.words.determiners().contains(token.lower())) {
				withoutArticles = (token.lower() + " " + withoutArticles).trim();
			}
			if (this.words.scareMarkers().contains(before) || this.words.scareMarkers().contains(withoutArticles)
					|| this.words.scareMarkers().contains(token.lower())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words are a title or name: two or more content words, nearly all
	 * capitalised ("State of the Union", "Fareed Zakaria GPS."), not shouted in capitals.
	 */
	boolean isTitle(String quoted) {
		if (quoted.toUpperCase(Locale.ROOT).equals(quoted)) {
			return false;
		}
		int content = 0;
		int capitalised = 0;
		for (String word : quoted.trim().split("\\s+")) {
			String letters = word.replaceAll("[^\\p{L}]", "");
			String lower = letters.toLowerCase(Locale.ROOT);
			if (letters.isEmpty() || letters.equals(lower) && (this.words.determiners().contains(lower)
					|| this.words.stopAfterVerb().contains(lower) || this.words.clauseBoundaries().contains(lower))) {
				continue;
			}
			content++;
			if (Character.isUpperCase(letters.charAt(0))) {
				capitalised++;
			}
		}
		return content >= 2 && capitalised * 4 >= content * 3;
	}

	/**
	 * Whether the words are a whole sentence: a capital first, a full stop, ? or ! last.
	 */
	static boolean isSentence(String quoted) {
		String trimmed = quoted.trim();
		return trimmed.length() > 1 && Character.isUpperCase(trimmed.charAt(0))
				&& ".?!".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
				&& trimmed.split("\\s+").length >= SENTENCE_WORDS;
	}

	/** Whether the words alone read as speech: long enough and not a title. */
	static boolean isLong(String quoted) {
		String[] words = quoted.trim().split("\\s+");
		if (words.length < SPEECH_WORDS) {
			return false;
		}
		int capitalised = 0;
		int counted = 0;
		for (String word : words) {
			String letters = word.replaceAll("[^\\p{L}]", "");
			if (letters.isEmpty()) {
				continue;
			}
			counted++;
			if (Character.isUpperCase(letters.charAt(0))) {
				capitalised++;
			}
		}
		return counted == 0 || capitalised * 10 < counted * 7 || quoted.toLowerCase(Locale.ROOT).equals(quoted)
				|| quoted.toUpperCase(Locale.ROOT).equals(quoted);
	}

	/**
	 * @param quoted the quote's words
	 * @param attributed whether a speech verb attributes it
	 * @param longSpeechInSentence whether its sentence has a long quote that is speech
	 */
	boolean isSpeech(ParagraphText text, int quote, String quoted, boolean attributed, boolean longSpeechInSentence) {
		if (isMarkedLabel(text, quote)) {
			return false;
		}
		if (isTitle(quoted)) {
			return false;
		}
		if (isLong(quoted) || isSentence(quoted)) {
			return true;
		}
		return attributed || longSpeechInSentence;
	}

}
