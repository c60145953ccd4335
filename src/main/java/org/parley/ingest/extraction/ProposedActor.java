package org.parley.ingest.extraction;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A speaker the article names who is not a known actor: the name in full as the article
 * gives it, a kind (PERSON, STATE, ORGANIZATION or GROUP) and the title as printed
 * ("Kremlin aide"), or null.
 */
public record ProposedActor(String name, String kind, @Schema(nullable = true) String title) {
}
