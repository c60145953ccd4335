package org.parley.ingest.extraction;

/**
 * Who said something: a known actor or a proposed one, the name to print, its kind,
 * whether it is obviously feminine (null: not obvious) and how sure the resolver is (0 to
 * 1).
 */
record Speaker(KnownActor known, ProposedActor proposed, String name, String kind, Boolean feminine, double certainty) {

	boolean isPerson() {
		return "PERSON".equals(this.kind);
	}

	boolean isGroup() {
		return "GROUP".equals(this.kind);
	}

	boolean sameActor(Speaker other) {
		if (other == null) {
			return false;
		}
		if (this.known != null) {
			return this.known.equals(other.known);
		}
		return other.known == null && this.name.equalsIgnoreCase(other.name);
	}

	Speaker withCertainty(double value) {
		return new Speaker(this.known, this.proposed, this.name, this.kind, this.feminine, value);
	}

}
