package org.parley.history;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One revision of a record: who changed it, when, how, and its full state afterwards. */
public record HistoryEntry<S>(@Schema(description = "Revision number, increasing over all records") long revision,
		Instant at,
		@Schema(nullable = true,
				description = "Id of the API key that made the change; 'seed' for the seeded data") String by,
		Change change,
		@Schema(description = "The record as it was after this revision (for DELETED: as it was when deleted)") S state) {

	/** What the revision did to the record. */
	public enum Change {

		CREATED, UPDATED, DELETED

	}

}
