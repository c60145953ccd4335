package org.parley.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The problem responses of the OpenAPI description, generated from the
 * {@link ProblemType} catalogue: one {@code ProblemDetail} schema whose {@code type}
 * lists every problem type, and per status a response naming the types it can carry.
 */
public final class ProblemDocs {

	/** The name of the problem schema under {@code components.schemas}. */
	public static final String SCHEMA = "ProblemDetail";

	private ProblemDocs() {
	}

	/** RFC 9457 problem details as Parley writes them. */
	public static Schema<?> schema() {
		Schema<?> error = new ObjectSchema()
			.addProperty("parameter",
					new StringSchema().maxLength(Problems.MAX_NAME).description("For query parameters"))
			.addProperty("field",
					new StringSchema().maxLength(Problems.MAX_NAME).description("For body fields, as a JSON path"))
			.addProperty("message", new StringSchema().maxLength(Problems.MAX_MESSAGE));
		error.setRequired(List.of("message"));
		StringSchema type = new StringSchema();
		type.format("uri").example(ProblemType.NOT_FOUND.type().toString());
		Arrays.stream(ProblemType.values()).forEach((t) -> type.addEnumItem(t.type().toString()));
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", type.description("What kind of problem it is; see each response for when"))
			.addProperty("title", new StringSchema().maxLength(200).example(ProblemType.NOT_FOUND.title()))
			.addProperty("status",
					new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
						.maximum(java.math.BigDecimal.valueOf(599))
						.example(404))
			.addProperty("detail",
					nullable(new StringSchema().maxLength(Problems.MAX_DETAIL))
						.description("What was wrong, for people (cut to " + Problems.MAX_DETAIL + " characters)")
						.example("No actor 'donald-trum'"))
			.addProperty("instance",
					new StringSchema().format("uri-reference")
						.maxLength(8192)
						.description("The path as requested (the request line is at most 8 KB)")
						.example("/api/v1/actors/donald-trum"))
			.addProperty("errors",
					new ArraySchema().items(error)
						.maxItems(Problems.MAX_ERRORS)
						.description("Each failing parameter or field (the first " + Problems.MAX_ERRORS + ")"))
			.addProperty("resource",
					new StringSchema().maxLength(40).description("For 404: the kind of record").example("actor"))
			.addProperty("identifier",
					new StringSchema().maxLength(200)
						.description("For 404: the slug, code or id asked for")
						.example("donald-trum"))
			.addProperty("existing",
					new StringSchema().maxLength(200).description("For some 409s: where the record in the way is"))
			.addProperty("currentVersion", new IntegerSchema().format("int64")
				.description("For 412: the record's current version, to read it again"));
		// type is left out by the HTTP layer's own problems (405, 406, 415): about:blank
		// (RFC 9457)
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

	private static Schema<?> nullable(Schema<?> schema) {
		schema.setTypes(new java.util.LinkedHashSet<>(List.of(schema.getType(), "null")));
		return schema;
	}

	/**
	 * Adds a problem response per status of these types, unless the operation documents
	 * that status already.
	 */
	public static void add(ApiResponses responses, ProblemType... types) {
		byStatus(types).forEach((status, ofStatus) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, response(ofStatus));
			}
		});
	}

	/** Sets a problem response per status of these types, replacing what is there. */
	public static void set(ApiResponses responses, ProblemType... types) {
		byStatus(types).forEach((status, ofStatus) -> responses.addApiResponse(status, response(ofStatus)));
	}

	/**
	 * Adds a problem response of the {@link ProblemType#HTTP} type (an HTTP error with no
	 * type of its own: 405, 406, 415) for this status, unless one is there.
	 */
	public static void addHttp(ApiResponses responses, int status, String description) {
		String code = Integer.toString(status);
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, response(List.of(ProblemType.HTTP)).description(description));
		}
	}

	private static Map<String, List<ProblemType>> byStatus(ProblemType... types) {
		return Arrays.stream(types)
			.collect(Collectors.groupingBy((t) -> Integer.toString(t.status().value()), LinkedHashMap::new,
					Collectors.toList()));
	}

	private static ApiResponse response(List<ProblemType> types) {
		String description = (types.size() == 1) ? types.get(0).description()
				: String.join("; ", types.stream().map((t) -> t.description() + " (`" + t.type() + "`)").toList());
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
	}

}
