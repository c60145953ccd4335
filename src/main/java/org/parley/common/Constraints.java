package org.parley.common;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;

/** Which database constraint refused a write, for answering it in the API's terms. */
public final class Constraints {

	private Constraints() {
	}

	/** The name of the violated constraint (e.g. {@code article_slug_key}), or null. */
	public static String violated(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

}
