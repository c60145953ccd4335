package org.parley.ingest.extraction;

/**
 * A word, a punctuation mark or a whole quote ({@code quote} is then its index among the
 * article's quote spans, otherwise -1) at {@code [start, end)} of the body. {@code norm}
 * is the word without a possessive ending ("Russia’s" is "Russia", possessive).
 */
record Token(int start, int end, String text, String norm, boolean possessive, int quote) {

	boolean isQuote() {
		return this.quote >= 0;
	}

	boolean isWord() {
		return this.quote < 0 && Character.isLetterOrDigit(this.text.charAt(0));
	}

	boolean is(String punctuation) {
		return this.quote < 0 && this.text.equals(punctuation);
	}

	boolean isCapitalized() {
		return isWord() && Character.isUpperCase(this.text.charAt(0));
	}

	String lower() {
		return this.norm.toLowerCase(java.util.Locale.ROOT);
	}

}
