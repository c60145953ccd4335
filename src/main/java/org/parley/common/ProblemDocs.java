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
			.addProperty("parameter", new StringSchema().description("For query parameters"))
			.addProperty("field", new StringSchema().description("For body fields, as a JSON path"))
			.addProperty("message", new StringSchema());
		StringSchema type = new StringSchema();
		type.format("uri").example(ProblemType.NOT_FOUND.type().toString());
		Arrays.stream(ProblemType.values()).forEach((t) -> type.addEnumItem(t.type().toString()));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", type.description("What kind of problem it is; see each response for when"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("What was wrong, for people"))
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(error).description("Each failing parameter or field"));
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
