package org.parley.ingest.extraction;

import java.time.LocalDate;

/**
 * A direct quote found in an article body.
 *
 * @param text the words between the quotation marks, exactly as printed, without a
 * trailing comma; {@code body.substring(start, end)} equals it
 * @param start offset of the first character (UTF-16 index into the body)
 * @param end offset after the last character
 * @param speakerSlug the known actor who said it, or null
 * @param speakerName the speaker as the article names them, in full where the article
 * gives the full name anywhere ("Trump" becomes "Donald Trump"); null if no speaker was
 * found
 * @param newActor the speaker, when not a known actor; otherwise null
 * @param cue the attribution words, or null
 * @param confidence how sure the extractor is, 0 to 1
 * @param statedOn the date the text itself fixes for the words, or null (never guessed)
 */
public record ExtractedQuote(String text, int start, int end, String speakerSlug, String speakerName,
		ProposedActor newActor, Cue cue, double confidence, LocalDate statedOn) {
}
