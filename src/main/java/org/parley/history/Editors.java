package org.parley.history;

import org.parley.security.CurrentApiKey;

/** Who is writing: the API key behind the current request. */
final class Editors {

	private Editors() {
	}

	static String currentKeyId() {
		return CurrentApiKey.id().map(String::valueOf).orElse(null);
	}

}
