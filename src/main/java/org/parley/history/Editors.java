package org.parley.history;

/** Who is writing: the API key behind the current request. */
final class Editors {

	private Editors() {
	}

	static String currentKeyId() {
		return null;
	}

}
