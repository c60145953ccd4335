package org.parley.timeline;

/** What a timeline entry is; also the order of entries on the same date. */
public enum TimelineType {

	/** An event (summit, meeting, call, joint statement), dated by its start date. */
	SUMMIT,

	/** Something an actor said, dated by when it was said. */
	STATEMENT,

	/** A stance an actor took on an issue, dated from when it holds. */
	POSITION

}
