package org.parley.ingest.extraction;

import java.util.List;

/**
 * What the extractor found in one body: the quotes in text order, the unknown speakers
 * once each, and whether some paragraphs could not be read ({@code problems} says which,
 * for the log; the rest of the body was still read).
 */
public record Extraction(List<ExtractedQuote> quotes, List<ProposedActor> actors, boolean partial,
		List<String> problems) {
}
