package org.parley.common;

/**
 * A request parameter is malformed or out of range: answered with a 400 problem naming
 * it.
 */
public class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final String reason;

	public InvalidParameter(String parameter, String reason) {
		super(parameter + " " + reason);
		this.parameter = parameter;
		this.reason = reason;
	}

	public String parameter() {
		return this.parameter;
	}

	public String reason() {
		return this.reason;
	}

}
