package org.parley.ingest.extraction;

/**
 * The words that attribute a quote ("Trump said", "told reporters", "according to the
 * Kremlin"), at {@code [start, end)} of the body.
 */
public record Cue(String text, int start, int end) {
}
