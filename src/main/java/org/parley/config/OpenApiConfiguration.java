package org.parley.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.parley.common.Paging;
import org.parley.common.Sorting;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's header, and the paging parameters of every list endpoint. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// Paging and Sorting are read by PagingArgumentResolver; their parameters are
		// added by pagingParameters().
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class, Sorting.class);
	}

	@Bean
	OpenAPI parleyOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Parley API")
				.version("v1")
				.description(
						"""
								Peace negotiations as data: events (summits, meetings, calls, joint statements), the actors \
								who take part, their verbatim statements and their positions on the issues that decide a \
								deal. Every statement points to the article it comes from, down to the character span \
								[start, end) of its text in the article body.

								Lists are paged (`page` from 0, `size` 1–100, default 20) and sortable (`sort=property,asc|desc`, \
								repeatable). Every error is an RFC 9457 problem (`application/problem+json`).""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSchemas("ProblemDetail", problemSchema()));
	}

	/**
	 * Documents the problem responses every operation can give, by method: 400/404 for
	 * reads with parameters, and for writes 400/409/422 (body), 411/413 (body size),
	 * 412/428 (If-Match) and the ETag header.
	 */
	@Bean
	OperationCustomizer problemResponseDocs() {
		return (operation, handlerMethod) -> {
			String method = httpMethod(handlerMethod);
			boolean hasPathVariable = java.util.Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((p) -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			addProblem(responses, "400", "Invalid parameter or body; `errors` names each");
			if (hasPathVariable) {
				addProblem(responses, "404", "No such record");
			}
			if ("GET".equals(method) && hasPathVariable) {
				responses.computeIfPresent("200",
						(code, ok) -> ok.addHeaderObject(HttpHeaders.ETAG,
								new Header()
									.description("Version and checksum of this representation; send it in If-Match "
											+ "to change the record, or in If-None-Match to get 304 when unchanged")
									.schema(new StringSchema())));
				responses.addApiResponse("304", new ApiResponse().description("Not modified (If-None-Match matched)"));
			}
			if (!"GET".equals(method)) {
				addProblem(responses, "409", "Conflicts with the current state (duplicate, record in use)");
				addProblem(responses, "422",
						"Breaks a rule (a reference that does not exist, a quote not in its article, ...)");
			}
			if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
				addProblem(responses, "411", "The body was sent without Content-Length (in chunks)");
				addProblem(responses, "413", "The body is larger than parley.max-request-size (8 MB by default)");
			}
			if ("PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method)) {
				addProblem(responses, "412", "If-Match names a version that is no longer current");
				addProblem(responses, "428", "If-Match is missing");
			}
			addProblem(responses, "500", "Unexpected error (logged, details never sent)");
			operation.setResponses(responses);
			return operation;
		};
	}

	/** RFC 9457 problem details as Parley writes them. */
	private static Schema<?> problemSchema() {
		Schema<?> error = new ObjectSchema()
			.addProperty("parameter", new StringSchema().description("For query parameters"))
			.addProperty("field", new StringSchema().description("For body fields, as a JSON path"))
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").example("urn:parley:problem:not-found"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("What was wrong, for people"))
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(error).description("Each failing parameter or field"));
	}

	private static String httpMethod(org.springframework.web.method.HandlerMethod handlerMethod) {
		if (handlerMethod.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)) {
			return "POST";
		}
		if (handlerMethod.hasMethodAnnotation(org.springframework.web.bind.annotation.PutMapping.class)) {
			return "PUT";
		}
		if (handlerMethod.hasMethodAnnotation(org.springframework.web.bind.annotation.PatchMapping.class)) {
			return "PATCH";
		}
		if (handlerMethod.hasMethodAnnotation(org.springframework.web.bind.annotation.DeleteMapping.class)) {
			return "DELETE";
		}
		return "GET";
	}

	private static void addProblem(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new io.swagger.v3.oas.models.media.MediaType()
									.schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
		}
	}

	/**
	 * A list and its exports are one operation with several media types; springdoc merges
	 * their parameters, so {@code sort}, which both declare, is kept once.
	 */
	@Bean
	OpenApiCustomizer distinctParameters() {
		return (openApi) -> openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getParameters() != null) {
				Map<String, Parameter> distinct = new LinkedHashMap<>();
				operation.getParameters().forEach((p) -> distinct.putIfAbsent(p.getIn() + ":" + p.getName(), p));
				operation.setParameters(new ArrayList<>(distinct.values()));
			}
		}));
	}

	@Bean
	OperationCustomizer pagingParameters() {
		return (operation, handlerMethod) -> {
			boolean paged = false;
			boolean sorted = false;
			for (var parameter : handlerMethod.getMethodParameters()) {
				paged |= Paging.class.equals(parameter.getParameterType());
				sorted |= Sorting.class.equals(parameter.getParameterType());
			}
			if (paged) {
				operation.addParametersItem(new Parameter().in("query")
					.name("page")
					.description("Zero-based page number.")
					.schema(new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO)));
				operation.addParametersItem(new Parameter().in("query")
					.name("size")
					.description("Page size; above " + Paging.MAX_SIZE + " is a 400 problem.")
					.schema(new IntegerSchema()._default(Paging.DEFAULT_SIZE)
						.minimum(java.math.BigDecimal.ONE)
						.maximum(java.math.BigDecimal.valueOf(Paging.MAX_SIZE))));
			}
			if (paged || sorted) {
				operation.addParametersItem(new Parameter().in("query")
					.name("sort")
					.description("`property` or `property,asc|desc`; repeat for several. The properties each "
							+ "list accepts are named in its description; others are a 400 problem.")
					.schema(new ArraySchema().items(new StringSchema())));
			}
			return operation;
		};
	}

}
