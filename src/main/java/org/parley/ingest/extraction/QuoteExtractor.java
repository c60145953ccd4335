package org.parley.ingest.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the direct quotes in an article body and who said them. Implementations are
 * thread-safe and load whatever they need once, not per call; the language-specific rules
 * live in them, so another language is another implementation.
 */
public interface QuoteExtractor {

	/**
	 * @param body the article body as stored (paragraphs separated by line breaks)
	 * @param actors the actors Parley knows, to match speakers against
	 * @param publishedOn the article's date, if known, for dates the text gives relative
	 * to it ("on Monday"); may be null
	 */
	Extraction extract(String body, List<KnownActor> actors, LocalDate publishedOn);

}
