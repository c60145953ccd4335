package org.parley.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code cursor} of a list: where the previous page ended (the sort keys of its last
 * row) and which request it belongs to (a fingerprint of the filters and sort). Opaque to
 * clients: base64url of a small JSON array. A cursor used with other filters or another
 * sort than the request that gave it out is a 400 problem, never a wrong page.
 *
 * @param fingerprint the request's filter and sort parameters, hashed
 * @param keys the last row's sort keys as text, {@code null} for an empty key
 */
public record PageCursor(String fingerprint, List<String> keys) {

	private static final JsonMapper JSON = JsonMapper.shared();

	/** The longest cursor read; anything longer is not one this service gave out. */
	static final int MAX_LENGTH = 2048;

	public String encode() {
		ArrayNode array = JSON.createArrayNode();
		array.add(this.fingerprint);
		this.keys.forEach(array::add);
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(JSON.writeValueAsString(array).getBytes(StandardCharsets.UTF_8));
	}

	/** Reads a cursor as sent; a 400 problem naming {@code cursor} if it is not one. */
	static PageCursor decode(String value) {
		try {
			if (value.length() > MAX_LENGTH) {
				throw new IllegalArgumentException("too long");
			}
			JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(value));
			if (!array.isArray() || array.size() < 2 || !array.get(0).isString()) {
				throw new IllegalArgumentException("not a cursor");
			}
			List<String> keys = new ArrayList<>();
			for (int i = 1; i < array.size(); i++) {
				JsonNode key = array.get(i);
				if (!key.isNull() && !key.isString()) {
					throw new IllegalArgumentException("not a cursor");
				}
				keys.add(key.isNull() ? null : key.stringValue());
			}
			return new PageCursor(array.get(0).stringValue(), java.util.Collections.unmodifiableList(keys));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw notOne();
		}
	}

	/** The 400 problem for a cursor that this list did not give out. */
	public static InvalidParameter notOne() {
		return new InvalidParameter("cursor",
				"is not a cursor this list gave out; use the value of page.next from a previous answer");
	}

}
