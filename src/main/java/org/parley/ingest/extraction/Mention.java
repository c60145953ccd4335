package org.parley.ingest.extraction;

/**
 * A known actor named at tokens {@code [from, to)} of a paragraph; {@code possessive}
 * when printed as "Trump’s", {@code bySurname} when only the surname matched.
 */
record Mention(int from, int to, KnownActor actor, boolean possessive, boolean bySurname) {

	boolean isPerson() {
		return "PERSON".equals(this.actor.kind());
	}

}
