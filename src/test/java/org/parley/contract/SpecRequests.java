package org.parley.contract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Requests made up from an OpenAPI description, for every operation it lists: each
 * parameter, header and body drawn from what the description says of it (its type, enum,
 * format, limits, example), mostly valid, sometimes just past a limit, sometimes plainly
 * wrong: a number for a string, a date that is not one, a control character, a value past
 * 2³¹, an unknown parameter or property, a body that is not JSON. Identifiers are drawn
 * from {@link Known} as often as made up, so requests reach the records and not only the
 * 404s. The same seed gives the same requests.
 */
final class SpecRequests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Writes JSON in ASCII, so that a lone surrogate is sent as its escape. */
	private static final JsonMapper WRITER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

	/** Strings that break naive handling of text: controls, surrogates, markup, SQL. */
	private static final List<String> AWKWARD = List.of("", " ", "\u0000", "\n", "%", "%00", "\uD800", "\uDFFF", "😀",
			"Zelensk\u0443\u0301", "<script>", "'; drop table actor; --", "../../etc/passwd", ",", ",,", "null", "true",
			"-1", "9".repeat(30), "a".repeat(5000), "\u202E", "\t\t");

	/** Accept headers a client might send; several an operation does not produce. */
	private static final List<String> ACCEPTS = List.of("application/json", "*/*", "text/csv",
			"application/problem+json", "application/geo+json", "text/calendar", "application/xml", "text/html",
			"garbage", "application/json;q=0.1, text/csv;q=0.9", "");

	/** Query parameters no operation takes. */
	private static final List<String> UNKNOWN_PARAMETERS = List.of("speaker", "stance", "limit", "offset", "\n", "",
			"page[size]", "x".repeat(300));

	/** One operation of the description. */
	record Operation(HttpMethod method, String template, JsonNode definition) {

		String id() {
			return this.definition.path("operationId").asString(this.method + " " + this.template);
		}

		boolean admin() {
			return this.template.startsWith("/api/v1/admin/");
		}

		boolean writes() {
			return this.method != HttpMethod.GET;
		}

		/** The collection a path parameter names a member of: actors, statements, ... */
		String collection() {
			String[] segments = this.template.split("/");
			for (int i = segments.length - 1; i > 0; i--) {
				if (segments[i].startsWith("{")) {
					return segments[i - 1];
				}
			}
			return null;
		}

	}

	/** A request to send: an absolute URI, headers, and a body with its type, if any. */
	record Request(HttpMethod method, URI uri, Map<String, String> headers, String contentType, String body) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(this.method.name()).append(' ').append(this.uri.getRawPath());
			if (this.uri.getRawQuery() != null) {
				text.append('?').append(this.uri.getRawQuery());
			}
			this.headers.forEach((name, value) -> text.append("\n  ").append(name).append(": ").append(value));
			if (this.body != null) {
				text.append("\n  (").append(this.contentType).append(") ").append(abbreviate(this.body));
			}
			return text.toString();
		}

	}

	/**
	 * What the requests may name: identifiers per collection ({@code actors},
	 * {@code issues}, ...) and keys to send.
	 */
	record Known(Map<String, List<String>> identifiers, String editorKey, String adminKey) {

		List<String> of(String collection) {
			return (collection != null) ? this.identifiers.getOrDefault(collection, List.of()) : List.of();
		}

	}

	private final JsonNode description;

	private final Known known;

	private final String baseUrl;

	SpecRequests(JsonNode description, Known known, String baseUrl) {
		this.description = description;
		this.known = known;
		this.baseUrl = baseUrl;
	}

	/**
	 * Every operation of the description: reads first, then creations, changes and
	 * deletions, so that reads meet the records before writes change them.
	 */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		this.description.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((op) -> {
			operations.add(new Operation(HttpMethod.valueOf(op.getKey().toUpperCase()), path.getKey(), op.getValue()));
		}));
		List<HttpMethod> order = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE);
		operations.sort(
				Comparator.comparingInt((Operation o) -> order.indexOf(o.method())).thenComparing(Operation::template));
		return operations;
	}

	/** A request to {@code operation}, drawn with {@code random}. */
	Request next(Operation operation, Random random) {
		String path = operation.template();
		List<String> query = new ArrayList<>();
		Map<String, String> headers = new LinkedHashMap<>();
		for (JsonNode parameter : operation.definition().path("parameters")) {
			String name = parameter.path("name").asString();
			JsonNode schema = resolve(parameter.path("schema"));
			switch (parameter.path("in").asString()) {
				case "path" ->
					path = path.replace("{" + name + "}", encode(identifier(operation.collection(), schema, random)));
				case "query" -> {
					if (random.nextInt(3) > 0 || parameter.path("required").asBoolean()) {
						for (String value : queryValues(name, schema, random)) {
							query.add(encode(name) + "=" + encode(value));
						}
					}
				}
				case "header" -> {
					String value = header(name, random);
					if (value != null) {
						headers.put(name, value);
					}
				}
				default -> {
				}
			}
		}
		if (random.nextInt(12) == 0) {
			query.add(encode(pick(UNKNOWN_PARAMETERS, random)) + "=" + encode(pick(AWKWARD, random)));
		}
		String accept = accept(operation, random);
		if (accept != null) {
			headers.put("Accept", accept);
		}
		String authorization = authorization(operation, random);
		if (authorization != null) {
			headers.put("Authorization", authorization);
		}
		String contentType = null;
		String body = null;
		JsonNode content = operation.definition().path("requestBody").path("content");
		if (!content.isMissingNode() && random.nextInt(15) > 0) {
			contentType = content.propertyNames().iterator().next();
			JsonNode schema = resolve(content.path(contentType).path("schema"));
			if (operation.method() == HttpMethod.PATCH) {
				schema = resolve(putSchema(operation.template()));
			}
			body = body(schema, operation.method() == HttpMethod.PATCH, random);
			if (random.nextInt(20) == 0) {
				contentType = pick(List.of("text/plain", "application/xml", "application/json", "garbage/type"),
						random);
			}
		}
		String uri = this.baseUrl + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
		return new Request(operation.method(), URI.create(uri), headers, contentType, body);
	}

	private JsonNode putSchema(String template) {
		JsonNode put = this.description.path("paths").path(template).path("put");
		return put.path("requestBody").path("content").path("application/json").path("schema");
	}

	private String identifier(String collection, JsonNode schema, Random random) {
		List<String> known = this.known.of(collection);
		if (!known.isEmpty() && random.nextInt(10) < 7) {
			return pick(known, random);
		}
		String made = scalar(schema, random).asString();
		// an empty segment is another path (the collection's, or none at all)
		return made.isEmpty() ? "0" : made;
	}

	private List<String> queryValues(String name, JsonNode schema, Random random) {
		if ("array".equals(type(schema))) {
			List<String> values = new ArrayList<>();
			int count = random.nextInt(4);
			for (int i = 0; i < count; i++) {
				values
					.add(name.equals("sort") ? sort(random) : scalar(resolve(schema.path("items")), random).asString());
			}
			return values;
		}
		List<String> named = this.known.of(referencedCollection(name));
		if (!named.isEmpty() && random.nextInt(10) < 6) {
			return List.of(pick(named, random));
		}
		if (name.equals("cursor") && random.nextInt(2) == 0) {
			return List.of(pick(List.of("eyJ2IjoxfQ", "AAAA", "not-a-cursor", "%%%", "x".repeat(3000)), random));
		}
		return List.of(scalar(schema, random).asString());
	}

	private String sort(Random random) {
		String property = pick(List.of("name", "slug", "id", "statedOn", "title", "startDate", "code", "publishedOn",
				"validFrom", "nope", "", "name,desc", ",", "name,up", "name,asc,desc"), random);
		return (random.nextInt(3) == 0 && !property.contains(","))
				? property + "," + pick(List.of("asc", "desc", "x"), random) : property;
	}

	private String header(String name, Random random) {
		return switch (name) {
			case "If-Match" ->
				pick(List.of("\"0\"", "\"1\"", "*", "W/\"1\"", "garbage", "\"" + random.nextInt(5) + "\"", ""), random);
			case "If-None-Match" ->
				(random.nextInt(3) == 0) ? pick(List.of("\"0\"", "*", "W/\"2\"", "x"), random) : null;
			case "Idempotency-Key" -> switch (random.nextInt(6)) {
				case 0 -> UUID.randomUUID().toString();
				case 1 -> "fuzz-" + random.nextInt(20);
				case 2 -> pick(List.of("", "k".repeat(300), "a b", "\"quoted\""), random);
				default -> null;
			};
			default -> null;
		};
	}

	private String accept(Operation operation, Random random) {
		if (random.nextInt(3) > 0) {
			return null;
		}
		List<String> produced = new ArrayList<>();
		operation.definition()
			.path("responses")
			.forEach((response) -> response.path("content").propertyNames().forEach(produced::add));
		return (!produced.isEmpty() && random.nextBoolean()) ? pick(produced, random) : pick(ACCEPTS, random);
	}

	private String authorization(Operation operation, Random random) {
		int roll = random.nextInt(20);
		if (roll == 0) {
			return null;
		}
		if (roll == 1) {
			return pick(List.of("Bearer pk_made-up-" + random.nextInt(1000), "Bearer ", "Basic dXNlcjpwYXNz", "pk_x",
					"Bearer " + "x".repeat(500)), random);
		}
		if (operation.admin()) {
			return "Bearer " + this.known.adminKey();
		}
		return (operation.writes() || roll < 8) ? "Bearer " + this.known.editorKey() : null;
	}

	/** A request body for {@code schema}; for a merge patch some properties and nulls. */
	private String body(JsonNode schema, boolean patch, Random random) {
		return switch (random.nextInt(30)) {
			case 0 -> pick(List.of("", "{", "[]", "null", "\"text\"", "42", "{\"a\":", "{}{}", "\u0000"), random);
			case 1 -> nested(random.nextInt(2) == 0 ? 50 : 2000);
			default -> {
				JsonNode value = value(schema, random, 0, patch);
				if (value instanceof ObjectNode object && random.nextInt(15) == 0) {
					object.put(pick(UNKNOWN_PARAMETERS, random) + "Extra", "x");
				}
				yield WRITER.writeValueAsString(value);
			}
		};
	}

	private static String nested(int depth) {
		return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
	}

	private JsonNode value(JsonNode schema, Random random, int depth, boolean patch) {
		schema = resolve(schema);
		if (schema.has("anyOf") || schema.has("oneOf")) {
			JsonNode choices = schema.has("anyOf") ? schema.path("anyOf") : schema.path("oneOf");
			return value(choices.get(random.nextInt(choices.size())), random, depth, patch);
		}
		if (random.nextInt(40) == 0) {
			// the wrong type altogether
			return pick(List.of(JSON.numberNode(7), JSON.stringNode("x"), JSON.booleanNode(true), JSON.arrayNode(),
					JSON.objectNode()), random);
		}
		String type = type(schema);
		if (nullable(schema) && random.nextInt(patch ? 4 : 8) == 0) {
			return JSON.nullNode();
		}
		if ("object".equals(type) || schema.has("properties")) {
			ObjectNode object = JSON.objectNode();
			List<String> required = new ArrayList<>();
			schema.path("required").forEach((name) -> required.add(name.asString()));
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				boolean include = patch ? random.nextInt(3) == 0
						: required.contains(property.getKey()) ? random.nextInt(25) > 0 : random.nextInt(2) == 0;
				if (include && depth < 4) {
					object.set(property.getKey(), named(property.getKey(), property.getValue(), random, depth));
				}
			}
			return object;
		}
		if ("array".equals(type)) {
			ArrayNode array = JSON.arrayNode();
			int count = random.nextInt(4);
			for (int i = 0; i < count && depth < 4; i++) {
				array.add(value(schema.path("items"), random, depth + 1, false));
			}
			return array;
		}
		return scalar(schema, random);
	}

	/** A property's value: known identifiers for the properties that name records. */
	private JsonNode named(String property, JsonNode schema, Random random, int depth) {
		List<String> known = this.known.of(referencedCollection(property));
		if (!known.isEmpty() && random.nextInt(10) < 7) {
			if ("array".equals(type(resolve(schema)))) {
				ArrayNode array = JSON.arrayNode();
				for (int i = random.nextInt(3); i >= 0; i--) {
					array.add(pick(known, random));
				}
				return array;
			}
			if (property.equals("statementId")) {
				return JSON.numberNode(Long.parseLong(pick(known, random)));
			}
			return JSON.stringNode(pick(known, random));
		}
		return value(schema, random, depth + 1, false);
	}

	/** The collection a parameter or property names a member of, or null. */
	private static String referencedCollection(String name) {
		return switch (name) {
			case "actor", "speaker", "affiliation", "members", "subject" -> "actors";
			case "issue", "issues" -> "issues";
			case "summit" -> "summits";
			case "article" -> "articles";
			case "statementId" -> "statements";
			default -> null;
		};
	}

	/** A string, number, boolean or date for {@code schema}. */
	JsonNode scalar(JsonNode schema, Random random) {
		schema = resolve(schema);
		JsonNode values = schema.path("enum");
		if (values.isArray() && !values.isEmpty() && random.nextInt(6) > 0) {
			return values.get(random.nextInt(values.size()));
		}
		return switch (String.valueOf(type(schema))) {
			case "integer" -> integer(schema, random);
			case "number" -> JSON.numberNode(pick(List.of(0.0, -90.0, 90.0, 180.5, -0.5, 45.25, 1e300), random));
			case "boolean" ->
				(random.nextInt(8) == 0) ? JSON.stringNode("maybe") : JSON.booleanNode(random.nextBoolean());
			default -> JSON.stringNode(string(schema, random));
		};
	}

	private static JsonNode integer(JsonNode schema, Random random) {
		long min = schema.path("minimum").asLong(0);
		long max = schema.path("maximum").asLong(1000);
		return switch (random.nextInt(10)) {
			case 0 -> JSON.numberNode(min - 1);
			case 1 -> JSON.numberNode(max + 1);
			case 2 -> JSON.numberNode(pick(List.of(Integer.MAX_VALUE + 1L, Long.MAX_VALUE, -1L, 107374183L), random));
			case 3 ->
				JSON.stringNode(pick(List.of("abc", "1.5", "", "1e3", "0x10", "99999999999999999999999"), random));
			case 4 -> JSON.numberNode(min);
			case 5 -> JSON.numberNode(Math.min(max, min + 3));
			default -> JSON.numberNode(min + (long) (random.nextDouble() * Math.min(max - min, 200)));
		};
	}

	private static String string(JsonNode schema, Random random) {
		int maxLength = schema.path("maxLength").asInt(200);
		String format = schema.path("format").asString("");
		int roll = random.nextInt(10);
		if (format.equals("date")) {
			return switch (roll) {
				case 0 ->
					pick(List.of("2025-13-45", "2025-02-30", "yesterday", "20250815", "0000-01-01", "99999-01-01"),
							random);
				case 1 -> pick(AWKWARD, random);
				default -> LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)).toString();
			};
		}
		if (roll == 0) {
			return pick(AWKWARD, random);
		}
		if (roll == 1) {
			return "x".repeat(Math.min(maxLength + 1, 20_000));
		}
		if (roll < 5 && schema.has("example")) {
			return schema.path("example").asString();
		}
		StringBuilder text = new StringBuilder("fuzz-");
		int length = 1 + random.nextInt(Math.max(1, Math.min(maxLength - 5, 24)));
		String alphabet = (roll < 8) ? "abcdefghijklmnopqrstuvwxyz0123456789-" : "aé ß–“”'\"\\/?#&=+ЖΩ中\t";
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode ref = schema.path("$ref");
		if (ref.isString() && ref.asString().startsWith("#/components/schemas/")) {
			return resolve(this.description.path("components")
				.path("schemas")
				.path(ref.asString().substring("#/components/schemas/".length())));
		}
		return schema;
	}

	/** A schema's type, the non-null one of an OpenAPI 3.1 type list. */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!t.asString().equals("null")) {
					return t.asString();
				}
			}
			return null;
		}
		return type.isString() ? type.asString() : null;
	}

	private static boolean nullable(JsonNode schema) {
		for (JsonNode t : schema.path("type")) {
			if (t.asString().equals("null")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Percent-encodes all but unreserved characters, as UTF-8; a lone surrogate, which
	 * UTF-8 cannot hold, as the three bytes a lax encoder would write for it (invalid
	 * UTF-8 on the wire, as some clients send).
	 */
	static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			byte[] bytes;
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
				i++;
			}
			else if (Character.isSurrogate(c)) {
				bytes = new byte[] { (byte) 0xED, (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F)) };
			}
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~".indexOf(c) >= 0) {
				encoded.append(c);
				continue;
			}
			else {
				bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
			}
			for (byte b : bytes) {
				encoded.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return encoded.toString();
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "… (" + text.length() + " characters)" : text;
	}

}
