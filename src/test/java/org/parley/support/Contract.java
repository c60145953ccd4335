package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.fail;

/**
 * The API's contract as the application publishes it ({@code /v3/api-docs}), checked
 * against each request and answer the tests exchange through {@link Api}: a request the
 * description does not allow, or an answer it does not describe (an undocumented status,
 * a missing required property, a null where none may be, a string over its maxLength,
 * ...), fails the test that made it, naming the operation, the status and what is wrong.
 * Only the API ({@code /api/...}) is checked; the dashboard, actuator and the description
 * itself are not part of it.
 */
public final class Contract {

	private static final AtomicLong checked = new AtomicLong();

	private static final Map<String, AtomicLong> byOperation = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(Contract::writeSummary));
	}

	private final OpenApiInteractionValidator validator;

	/** The description's path templates, each as a pattern matching its paths. */
	private final Map<Pattern, String> paths;

	private Contract(OpenApiInteractionValidator validator, Map<Pattern, String> paths) {
		this.validator = validator;
		this.paths = paths;
	}

	/** The contract of an OpenAPI description given as JSON. */
	public static Contract of(String description) {
		Map<Pattern, String> paths = new LinkedHashMap<>();
		JsonMapper.shared()
			.readTree(description)
			.path("paths")
			.propertyNames()
			.forEach((template) -> paths.put(Pattern.compile(Arrays.stream(template.split("\\{[^}]+}", -1))
				.map(Pattern::quote)
				.collect(Collectors.joining("[^/]+"))), template));
		return new Contract(
				OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(description)).build(), paths);
	}

	/**
	 * The description in OpenAPI 3.0 terms, the version the validator checks schemas in
	 * (given 3.1 it silently skips every {@code type}): {@code type: [x, "null"]} becomes
	 * {@code type: x, nullable: true}, {@code const} a one-value {@code enum}, and the
	 * 3.1-only keywords Parley's description uses are dropped.
	 */
	static String asOpenApi30(String description) {
		ObjectNode root = (ObjectNode) JsonMapper.shared().readTree(description);
		root.put("openapi", "3.0.3");
		if (root.path("info").path("license") instanceof ObjectNode license) {
			license.remove("identifier");
		}
		downgrade(root);
		return root.toString();
	}

	private static void downgrade(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode type = object.get("type");
			if (type != null && type.isArray()) {
				List<String> types = new ArrayList<>();
				type.values().forEach((t) -> types.add(t.stringValue()));
				if (types.remove("null")) {
					object.put("nullable", true);
				}
				if (types.size() == 1) {
					object.put("type", types.get(0));
				}
				else {
					object.remove("type");
				}
			}
			JsonNode constant = object.get("const");
			if (constant != null && !constant.isObject()) {
				object.remove("const");
				object.putArray("enum").add(constant);
			}
			object.remove("examples");
			object.values().forEach(Contract::downgrade);
		}
		else if (node instanceof ArrayNode array) {
			array.values().forEach(Contract::downgrade);
		}
	}

	/**
	 * Fails unless the request is one the description allows and the answer one it
	 * describes for that operation. With {@code requestChecked} false (a test sending an
	 * invalid request on purpose) only the answer is checked: it must still be one of the
	 * operation's documented answers, a 400 problem say. A request to an operation the
	 * description does not have (an unknown path, a method the path does not take) has no
	 * documented answers to check against, so is then not checked.
	 */
	public void check(HttpMethod method, URI url, HttpHeaders requestHeaders, byte[] requestBody, int status,
			HttpHeaders responseHeaders, byte[] responseBody, boolean requestChecked) {
		if (!url.getRawPath().startsWith("/api/") || method == HttpMethod.OPTIONS || method == HttpMethod.HEAD) {
			// CORS preflights are answered by the CORS configuration, before any
			// operation;
			// a HEAD is its GET without the body, and the description lists the GET
			return;
		}
		Request request = request(method, url, requestHeaders, requestBody);
		SimpleResponse.Builder response = new SimpleResponse.Builder(status);
		responseHeaders.forEach(response::withHeader);
		if (responseBody != null && responseBody.length > 0) {
			response.withBody(responseBody);
		}
		ValidationReport report = requestChecked ? this.validator.validate(request, response.build())
				: this.validator.validateResponse(url.getRawPath(), request.getMethod(), response.build());
		List<ValidationReport.Message> errors = report.getMessages()
			.stream()
			.filter((m) -> m.getLevel() == ValidationReport.Level.ERROR)
			.filter((m) -> requestChecked || !unknownOperation(m))
			.toList();
		boolean undocumented = report.getMessages().stream().anyMatch(Contract::unknownOperation);
		String operation = method.name() + " " + url.getRawPath();
		String template = this.paths.entrySet()
			.stream()
			.filter((p) -> p.getKey().matcher(url.getRawPath()).matches())
			.map(Map.Entry::getValue)
			.min(Comparator.comparingLong((t) -> t.chars().filter((c) -> c == '{').count()))
			.orElse(url.getRawPath() + " (undocumented)");
		if (!errors.isEmpty()) {
			fail("%s%s answered %d, which the OpenAPI description does not allow:%n%s%nAnswer: %s", operation,
					(url.getRawQuery() != null) ? "?" + url.getRawQuery() : "", status,
					errors.stream().map(Contract::describe).collect(Collectors.joining("\n")),
					(responseBody != null) ? new String(responseBody, StandardCharsets.UTF_8) : "");
		}
		if (undocumented) {
			return;
		}
		checked.incrementAndGet();
		byOperation.computeIfAbsent(method.name() + " " + template, (k) -> new AtomicLong()).incrementAndGet();
	}

	/** How many request/answer pairs were checked in this JVM so far. */
	public static long checkedSoFar() {
		return checked.get();
	}

	private static boolean unknownOperation(ValidationReport.Message message) {
		return Set
			.of("validation.request.path.missing", "validation.request.operation.notAllowed",
					"validation.response.path.missing", "validation.response.operation.notAllowed")
			.contains(message.getKey());
	}

	private static String describe(ValidationReport.Message message) {
		StringBuilder text = new StringBuilder("  [").append(message.getKey())
			.append("] ")
			.append(message.getMessage());
		message.getAdditionalInfo().forEach((info) -> text.append("\n    ").append(info));
		message.getNestedMessages().forEach((nested) -> text.append("\n    ").append(nested.getMessage()));
		return text.toString();
	}

	private static Request request(HttpMethod method, URI url, HttpHeaders headers, byte[] body) {
		SimpleRequest.Builder request = new SimpleRequest.Builder(method.name(), url.getRawPath());
		MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(url).build().getQueryParams();
		query.forEach((name, values) -> request.withQueryParam(UriUtils.decode(name, StandardCharsets.UTF_8),
				values.stream().map((v) -> (v != null) ? UriUtils.decode(v, StandardCharsets.UTF_8) : "").toList()));
		headers.forEach(request::withHeader);
		if (body != null && body.length > 0) {
			request.withBody(body);
		}
		return request.build();
	}

	/** Which operations the tests reached, and how often: target/contract-checks.txt. */
	private static void writeSummary() {
		if (checked.get() == 0) {
			return;
		}
		Map<String, Long> counts = new TreeMap<>();
		byOperation.forEach((operation, count) -> counts.put(operation, count.get()));
		StringBuilder text = new StringBuilder().append(checked.get())
			.append(" request/answer pairs checked against the OpenAPI description, over ")
			.append(counts.size())
			.append(" operations\n");
		counts.forEach((operation, count) -> text.append(count).append('\t').append(operation).append('\n'));
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("contract-checks.txt"), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
