package org.parley.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Proposes issues for a quote from the words that suggest each one (its name and terms,
 * as stored in the database): a term matches on word boundaries, ignoring case, with an
 * optional plural {@code s}.
 */
final class IssueMatcher {

	private final Map<String, List<Pattern>> patterns = new LinkedHashMap<>();

	/**
	 * @param vocabulary issue code → the words that suggest it
	 */
	IssueMatcher(Map<String, List<String>> vocabulary) {
		vocabulary
			.forEach((code, words) -> this.patterns.put(code, words.stream().map(IssueMatcher::pattern).toList()));
	}

	/** The codes of the issues the text mentions, in the vocabulary's order. */
	List<String> issuesIn(String text) {
		List<String> codes = new ArrayList<>();
		this.patterns.forEach((code, patterns) -> {
			if (patterns.stream().anyMatch((p) -> p.matcher(text).find())) {
				codes.add(code);
			}
		});
		return codes;
	}

	private static Pattern pattern(String word) {
		String quoted = Pattern.quote(word.strip()).replace(" ", "\\E\\s+\\Q");
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?:s|es)?(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
