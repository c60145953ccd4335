package org.parley.common;

import java.util.List;

/**
 * A well-formed request that breaks a rule (a quote not printed in the article, evidence
 * that does not exist, ...): answered with a 422 problem naming each field.
 */
public class Unprocessable extends RuntimeException {

	private final List<FieldError> errors;

	public Unprocessable(List<FieldError> errors) {
		super(String.join("; ", errors.stream().map((e) -> e.field() + " " + e.message()).toList()));
		this.errors = List.copyOf(errors);
	}

	public static Unprocessable field(String field, String message) {
		return new Unprocessable(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** One failing field of a request body. */
	public record FieldError(String field, String message) {
	}

}
