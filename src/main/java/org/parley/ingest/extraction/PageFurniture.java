package org.parley.ingest.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Paragraphs that are the page around an article, not the article: navigation and share
 * buttons ("Follow Us:", "Advertisement", "Email"), phone numbers, bylines split by bars
 * ("TIS Desk | Washington DC |"), footnotes and reference lines with their addresses.
 * They yield no quote and name no speaker.
 */
final class PageFurniture {

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{7,}\\d");

	private static final Pattern REFERENCE = Pattern.compile("^\\[\\d{1,3}]|^\\d{1,3}\\.\\s.*https?://");

	private static final int SHORT = 80;

	private static final int HEADLINE = 200;

	/** The first teaser prefixes mark a teaser even without a colon. */
	private static final int STRONG_PREFIXES = 2;

	private static final Pattern LIST_ITEM = Pattern.compile("^\\d{1,2}\\.\\s");

	private final WordLists words;

	PageFurniture(WordLists words) {
		this.words = words;
	}

	boolean isFurniture(String paragraph) {
		String line = paragraph.trim();
		String bare = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:|•·>»›]+$", "").trim();
		if (this.words.furniture().contains(bare)) {
			return true;
		}
		if (line.length() < SHORT && PHONE.matcher(line).find()) {
			return true;
		}
		if (REFERENCE.matcher(line).find()) {
			return true;
		}
		if (line.contains("http://") || line.contains("https://") || line.startsWith("www.")) {
			return line.length() < 400;
		}
		if (line.chars().filter((c) -> c == '|').count() >= 2 && line.length() < SHORT) {
			return true;
		}
		return line.startsWith("©") || bare.startsWith("copyright ");
	}

	/**
	 * Whether a paragraph's quotes are not the article's: a headline (the first paragraph
	 * when short, or any short line without a sentence's end), a teaser or related link
	 * ("Read more: ...", "Also read: ...") or a numbered most-read item. Its names still
	 * count for what follows.
	 */
	boolean quotesDoNotCount(String paragraph, boolean first) {
		String line = paragraph.trim();
		String lower = line.toLowerCase(Locale.ROOT);
		if (first && line.length() <= HEADLINE && !endsAsASentence(line)) {
			// a short first line that does not end as a sentence does is the headline; a
			// lede
			// that is one short sentence ("“No,” he said.") is the article's
			return true;
		}
		for (String prefix : this.words.teaserPrefixes()) {
			if (lower.startsWith(prefix)) {
				String rest = lower.substring(prefix.length()).trim();
				if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("|") || prefix.endsWith(":")
						|| this.words.teaserPrefixes().indexOf(prefix) < STRONG_PREFIXES) {
					return true;
				}
			}
		}
		if (LIST_ITEM.matcher(line).find() && line.length() < HEADLINE) {
			return true;
		}
		char last = line.charAt(line.length() - 1);
		return line.length() < HEADLINE && ".?!…”’\"'»›“‘)]:".indexOf(last) < 0;
	}

	/**
	 * Ends with a full stop, question or exclamation mark or ellipsis, inside closing
	 * marks or not.
	 */
	private static boolean endsAsASentence(String line) {
		int end = line.length();
		while (end > 0 && "”’\"'»›)]".indexOf(line.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && ".?!…".indexOf(line.charAt(end - 1)) >= 0;
	}

}
