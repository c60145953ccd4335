package org.parley.discrepancy;

/** The kind of record a disagreement is about. */
public enum DiscrepancySubject {

	ARTICLE("/api/v1/articles/"), ACTOR("/api/v1/actors/"), SUMMIT("/api/v1/summits/"),
	STATEMENT("/api/v1/statements/"), POSITION("/api/v1/positions/"), ISSUE("/api/v1/issues/");

	private final String path;

	DiscrepancySubject(String path) {
		this.path = path;
	}

	String href(String key) {
		return this.path + key;
	}

}
