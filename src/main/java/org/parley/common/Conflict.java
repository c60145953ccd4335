package org.parley.common;

/**
 * The request clashes with the current state (a duplicate, a record still in use):
 * answered with a 409 problem, pointing at the record concerned where there is one.
 */
public class Conflict extends RuntimeException {

	private final String existing;

	public Conflict(String message, String existing) {
		super(message);
		this.existing = existing;
	}

	/** Path of the record the request clashes with, or null. */
	public String existing() {
		return this.existing;
	}

}
