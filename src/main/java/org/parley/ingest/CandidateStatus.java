package org.parley.ingest;

/**
 * Where a candidate stands: waiting for an editor, accepted as a statement, or rejected.
 */
public enum CandidateStatus {

	PENDING, ACCEPTED, REJECTED

}
