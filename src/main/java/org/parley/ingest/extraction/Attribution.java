package org.parley.ingest.extraction;

/**
 * Where a quote's attribution is: the speech verb (or "according to") at token
 * {@code verb}, the words naming the speaker at tokens {@code [speakerFrom, speakerTo)}
 * (both -1 when the verb has no subject, as in "..., adding"), the cue's token range and
 * how sure the finder is of the link, 0 to 1.
 */
record Attribution(int verb, int speakerFrom, int speakerTo, int cueFrom, int cueTo, double confidence) {

	boolean hasSpeaker() {
		return this.speakerFrom >= 0;
	}

}
