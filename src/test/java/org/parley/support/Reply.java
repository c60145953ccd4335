package org.parley.support;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What came back from {@link Api}: status, headers and body. The JSON body is read with
 * {@link #json()} or by a path of property names and array indexes separated by dots,
 * where {@code *} stands for every element of an array:
 * {@code string("source.article.slug")}, {@code strings("content.*.slug")},
 * {@code longValue("page.totalElements")}. The typed accessors are strict: a string
 * accessor on a number fails rather than converts.
 */
public record Reply(int status, HttpHeaders headers, byte[] body) {

	public Reply {
		body = (body != null) ? body : new byte[0];
	}

	/**
	 * Fails with the whole answer in the message unless the status is {@code expected}.
	 */
	public Reply assertStatus(int expected) {
		assertThat(this.status).as(this::toString).isEqualTo(expected);
		return this;
	}

	/** Fails unless the content type is compatible with {@code expected}. */
	public Reply assertContentType(MediaType expected) {
		MediaType actual = contentType();
		assertThat(actual != null && actual.isCompatibleWith(expected)).as("%s is %s: %s", actual, expected, this)
			.isTrue();
		return this;
	}

	public String etag() {
		return this.headers.getETag();
	}

	public String location() {
		return this.headers.getFirst(HttpHeaders.LOCATION);
	}

	public MediaType contentType() {
		return this.headers.getContentType();
	}

	/** The first value of the header, null when it was not sent. */
	public String header(String name) {
		return this.headers.getFirst(name);
	}

	/** The body as text, in the charset the content type names (UTF-8 by default). */
	public String text() {
		MediaType type = contentType();
		Charset charset = (type != null && type.getCharset() != null) ? type.getCharset() : StandardCharsets.UTF_8;
		return new String(this.body, charset);
	}

	/** The body as JSON; a missing node when there is no body. */
	public JsonNode json() {
		return (this.body.length > 0) ? JsonMapper.shared().readTree(this.body) : MissingNode.getInstance();
	}

	/**
	 * The node at {@code path} (no {@code *}); a missing node when there is none.
	 * Strings, numbers and booleans are read with {@link #string(String)} and its
	 * siblings.
	 */
	public JsonNode json(String path) {
		assertThat(path).as("a path to one node").doesNotContain("*");
		return at(json(), path).get(0);
	}

	/** Whether {@code path} names a property or element that is there and not null. */
	public boolean has(String path) {
		JsonNode node = json(path);
		return !node.isMissingNode() && !node.isNull();
	}

	/** Whether {@code path} names a property that is there and JSON {@code null}. */
	public boolean isNull(String path) {
		return json(path).isNull();
	}

	/** The string at {@code path}; null when it is null or missing. */
	public String string(String path) {
		return string(json(path));
	}

	public long longValue(String path) {
		return number(path).longValue();
	}

	public int intValue(String path) {
		return number(path).intValue();
	}

	public boolean bool(String path) {
		JsonNode node = json(path);
		assertThat(node.isBoolean()).as("%s is a boolean: %s", path, node).isTrue();
		return node.booleanValue();
	}

	/**
	 * The elements of the array at {@code path} (a failure when there is none), or for a
	 * path with a {@code *} every node it matches.
	 */
	public List<JsonNode> list(String path) {
		if (path.contains("*")) {
			return at(json(), path);
		}
		JsonNode array = json(path);
		assertThat(array.isArray()).as("%s is an array: %s", path, array).isTrue();
		return List.copyOf(array.values());
	}

	/** Like {@link #list(String)}, each a string (null for JSON null). */
	public List<String> strings(String path) {
		return list(path).stream().map(Reply::string).toList();
	}

	/** The {@code type} of a problem. */
	public String type() {
		return string("type");
	}

	/** The {@code detail} of a problem. */
	public String detail() {
		return string("detail");
	}

	/** The fields a problem names in {@code errors}, in order. */
	public List<String> errorFields() {
		return strings("errors.*.field");
	}

	/**
	 * The string of a node; null when it is null or missing, a failure when not a string.
	 */
	public static String string(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		assertThat(node.isString()).as("a string: %s", node).isTrue();
		return node.stringValue();
	}

	/** A value (maps, lists, strings, numbers) as JSON, to compare with a reply's. */
	public static JsonNode toJson(Object value) {
		return JsonMapper.shared().valueToTree(value);
	}

	/**
	 * The nodes {@code path} matches below {@code node}, as described on {@link Reply}:
	 * one for each match of a {@code *}, a missing node where a property or element is
	 * not there.
	 */
	public static List<JsonNode> at(JsonNode node, String path) {
		List<JsonNode> current = List.of(node);
		if (path.isEmpty()) {
			return current;
		}
		for (String segment : path.split("\\.")) {
			List<JsonNode> next = new ArrayList<>();
			for (JsonNode candidate : current) {
				if (segment.equals("*")) {
					next.addAll(candidate.values());
				}
				else if (candidate.isArray() && segment.matches("-?\\d+")) {
					int index = Integer.parseInt(segment);
					next.add(candidate.path((index < 0) ? candidate.size() + index : index));
				}
				else {
					next.add(candidate.path(segment));
				}
			}
			current = next;
		}
		return current;
	}

	private JsonNode number(String path) {
		JsonNode node = json(path);
		assertThat(node.isNumber()).as("%s is a number: %s", path, node).isTrue();
		return node;
	}

	@Override
	public String toString() {
		return this.status + " " + text();
	}

}
