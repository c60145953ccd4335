package org.parley.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names an API operation from its HTTP method and path, the way a client library would
 * call it: collections are listed and created, records got, replaced, patched, deleted,
 * restored and their history got; sub-collections listed under their owner
 * ({@code listActorStatements}); actions on a record named by the action
 * ({@code acceptCandidate}). A few operations have names of their own.
 */
final class OperationIds {

	/** Operations that are not a collection, record or sub-resource of one. */
	private static final Map<String, String> OWN = Map.ofEntries(Map.entry("GET /api/v1/search", "search"),
			Map.entry("GET /api/v1/stats", "getStats"), Map.entry("GET /api/v1/timeline", "getTimeline"),
			Map.entry("GET /api/v1/positions/matrix", "getPositionMatrix"),
			Map.entry("GET /api/v1/positions/shifts", "listPositionShifts"),
			Map.entry("POST /api/v1/extractions", "tryExtraction"),
			Map.entry("POST /api/v1/articles/{slug}/extraction", "runArticleExtraction"),
			Map.entry("DELETE /api/v1/admin/api-keys/{id}", "revokeApiKey"));

	private OperationIds() {
	}

	/** The operation id, or null for paths outside the API. */
	static String of(String method, String path) {
		String own = OWN.get(method + " " + path);
		if (own != null) {
			return own;
		}
		if (!path.startsWith("/api/v1/")) {
			return null;
		}
		List<String> segments = Arrays.asList(path.substring("/api/v1/".length()).replace("admin/", "").split("/"));
		String collection = segments.get(0);
		String record = singular(collection);
		if (segments.size() == 1) {
			return switch (method) {
				case "GET" -> "list" + pascal(collection);
				case "POST" -> "create" + record;
				default -> method.toLowerCase() + pascal(collection);
			};
		}
		if (segments.size() == 2) {
			return switch (method) {
				case "GET" -> "get" + record;
				case "PUT" -> "replace" + record;
				case "PATCH" -> "patch" + record;
				case "DELETE" -> "delete" + record;
				default -> method.toLowerCase() + record;
			};
		}
		String sub = segments.get(2);
		return switch (sub) {
			case "history" -> "get" + record + "History";
			case "restore" -> "restore" + record;
			default -> "GET".equals(method) ? "list" + record + pascal(sub) : sub + record;
		};
	}

	/** {@code "api-keys"} → {@code "ApiKey"}, {@code "summits"} → {@code "Summit"}. */
	private static String singular(String collection) {
		String pascal = pascal(collection);
		if (pascal.endsWith("ies")) {
			return pascal.substring(0, pascal.length() - 3) + "y";
		}
		return pascal.endsWith("s") ? pascal.substring(0, pascal.length() - 1) : pascal;
	}

	private static String pascal(String words) {
		return Arrays.stream(words.split("-"))
			.map((w) -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
			.collect(Collectors.joining());
	}

}
