package org.parley.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.parley.common.IfMatch;
import org.parley.common.Paging;
import org.parley.common.ProblemDocs;
import org.parley.common.ProblemType;
import org.parley.common.Sorting;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** The OpenAPI description's header, and the paging parameters of every list endpoint. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// Paging and Sorting are read by PagingArgumentResolver, IfMatch from its header;
		// their parameters are added by pagingParameters() and ifMatchHeader().
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class, Sorting.class, IfMatch.class);
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
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			// Relative: whichever host serves this description (http://localhost:8080
			// when
			// run locally, the production https host when deployed) is the API's.
			.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
				.description("The Parley that serves this description: local when run with ./mvnw spring-boot:run, "
						+ "production when deployed")
				.extensions(Map.of("x-internal", false))))
			.components(new Components().addSchemas(ProblemDocs.SCHEMA, ProblemDocs.schema()));
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
			ProblemDocs.add(responses, ProblemType.INVALID_PARAMETER, ProblemType.INVALID_BODY);
			if (hasPathVariable) {
				ProblemDocs.add(responses, ProblemType.NOT_FOUND);
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
				if ("POST".equals(method)) {
					ProblemDocs.add(responses, ProblemType.CONFLICT, ProblemType.IDEMPOTENCY_IN_PROGRESS,
							ProblemType.UNPROCESSABLE, ProblemType.IDEMPOTENCY_KEY_REUSED);
				}
				ProblemDocs.add(responses, ProblemType.CONFLICT, ProblemType.UNPROCESSABLE);
			}
			if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
				ProblemDocs.add(responses, ProblemType.LENGTH_REQUIRED, ProblemType.REQUEST_TOO_LARGE);
			}
			if ("PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method)) {
				ProblemDocs.add(responses, ProblemType.PRECONDITION_FAILED, ProblemType.PRECONDITION_REQUIRED);
			}
			ProblemDocs.addHttp(responses, 406, "The Accept header names no media type this operation answers in");
			if ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
				ProblemDocs.addHttp(responses, 415, "The Content-Type is not one this operation reads");
			}
			ProblemDocs.add(responses, ProblemType.INTERNAL, ProblemType.UNAVAILABLE);
			operation.setResponses(responses);
			return operation;
		};
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

	/** Writes that take an {@link IfMatch} document the header it comes from. */
	@Bean
	OperationCustomizer ifMatchHeader() {
		return (operation, handlerMethod) -> {
			boolean conditional = java.util.Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((p) -> IfMatch.class.equals(p.getParameterType()));
			if (conditional) {
				operation.addParametersItem(new Parameter().in("header")
					.name(HttpHeaders.IF_MATCH)
					.required(true)
					.description("The ETag of the version being changed, or *; missing is a 428 problem, "
							+ "a version that is no longer current a 412 problem")
					.schema(new StringSchema().maxLength(200)));
			}
			return operation;
		};
	}

	/**
	 * The headers and statuses springdoc cannot see: {@code Idempotency-Key} on every
	 * POST, {@code If-None-Match} on a GET of one record, 201 for what creates a record
	 * (with {@code Location}) and 204 for a DELETE.
	 */
	@Bean
	OperationCustomizer headersAndStatuses() {
		return (operation, handlerMethod) -> {
			String method = httpMethod(handlerMethod);
			boolean hasPathVariable = java.util.Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch((p) -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class));
			ApiResponses responses = operation.getResponses();
			if ("POST".equals(method)) {
				operation.addParametersItem(new Parameter().in("header")
					.name("Idempotency-Key")
					.required(false)
					.description("Makes a retry safe: a retry with the same key and body returns the first answer "
							+ "(with Idempotent-Replayed: true) and changes nothing; 1 to 200 visible ASCII characters")
					.schema(new StringSchema().maxLength(200)));
			}
			if ("GET".equals(method) && hasPathVariable) {
				operation.addParametersItem(new Parameter().in("header")
					.name(HttpHeaders.IF_NONE_MATCH)
					.required(false)
					.description("An ETag you hold: 304 if the record has not changed")
					.schema(new StringSchema().maxLength(200)));
			}
			String name = handlerMethod.getMethod().getName();
			boolean creates = "POST".equals(method)
					&& (name.startsWith("create") || name.startsWith("restore") || name.equals("accept"));
			if (responses != null && creates && responses.containsKey("200")) {
				ApiResponse created = responses.remove("200");
				created.setDescription("Created; Location names the new record");
				created.addHeaderObject(HttpHeaders.LOCATION, new Header().schema(new StringSchema()));
				responses.addApiResponse("201", created);
			}
			if (responses != null && "DELETE".equals(method) && responses.containsKey("200")) {
				responses.remove("200");
				responses.addApiResponse("204", new ApiResponse().description("Deleted"));
			}
			return operation;
		};
	}

	/**
	 * A list answers JSON by default and CSV, GeoJSON or iCalendar on request: JSON is
	 * listed first, so generated clients type the list as JSON and Swagger UI's "Try it
	 * out" shows it rather than downloading a file.
	 */
	@Bean
	OpenApiCustomizer jsonFirst() {
		return (openApi) -> openApi.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
			if (operation.getResponses() == null) {
				return;
			}
			operation.getResponses().values().forEach((response) -> {
				Content content = response.getContent();
				if (content != null && content.size() > 1
						&& content.containsKey(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)) {
					Content ordered = new Content();
					ordered.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
							content.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE));
					content.forEach(ordered::putIfAbsent);
					response.setContent(ordered);
				}
			});
		}));
	}

	/**
	 * Operation ids a generated client can use as method names, from the path and method
	 * rather than from Java method names (which repeat across controllers and came out as
	 * {@code get_2}, {@code create_6}): {@code listActors}, {@code getActor},
	 * {@code createActor}, {@code replaceActor}, {@code patchActor}, {@code deleteActor},
	 * {@code getActorHistory}, {@code restoreActor}, {@code listActorStatements}, ...
	 */
	/**
	 * Every integer the API reads or writes is a count, an offset, a size or an id, never
	 * negative: the description bounds each one that does not say more already, so that
	 * clients and gateways can check them.
	 */
	@Bean
	OpenApiCustomizer integersBounded() {
		return (openApi) -> {
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().values().forEach(OpenApiConfiguration::bound);
			}
			if (openApi.getPaths() != null) {
				openApi.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
					if (operation.getParameters() != null) {
						operation.getParameters().forEach((parameter) -> bound(parameter.getSchema()));
					}
				}));
			}
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void bound(io.swagger.v3.oas.models.media.Schema schema) {
		if (schema == null) {
			return;
		}
		boolean integer = "integer".equals(schema.getType())
				|| (schema.getTypes() != null && schema.getTypes().contains("integer"));
		if (integer) {
			if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null
					&& !Boolean.TRUE.equals(schema.getExclusiveMinimum())) {
				schema.setMinimum(java.math.BigDecimal.ZERO);
			}
			if (schema.getMaximum() == null) {
				// int64: ids and counts stay below 2^53, the largest integer every JSON
				// client
				// (JavaScript's numbers included) reads exactly.
				schema.setMaximum(java.math.BigDecimal
					.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : 9_007_199_254_740_991L));
			}
		}
		if (schema.getProperties() != null) {
			((Map<String, io.swagger.v3.oas.models.media.Schema>) schema.getProperties()).values()
				.forEach(OpenApiConfiguration::bound);
		}
		bound(schema.getItems());
	}

	/**
	 * Operations anyone may call say so with an empty {@code security} list, so that
	 * linters and client generators see a decision rather than an omission.
	 */
	@Bean
	OpenApiCustomizer publicOperationsDeclared() {
		return (openApi) -> openApi.getPaths().values().forEach((item) -> item.readOperations().forEach((operation) -> {
			if (operation.getSecurity() == null) {
				operation.setSecurity(new ArrayList<>());
			}
		}));
	}

	@Bean
	OpenApiCustomizer operationIds() {
		return (openApi) -> openApi.getPaths()
			.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String id = OperationIds.of(method.name(), path);
				if (id != null) {
					operation.setOperationId(id);
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
					.description("Zero-based page number. Numbered pages reach the first " + Paging.MAX_WINDOW
							+ " rows: (page + 1) × size above that is a 400 problem; go deeper with cursor.")
					.schema(new IntegerSchema()._default(0)
						.minimum(java.math.BigDecimal.ZERO)
						.maximum(java.math.BigDecimal.valueOf(Paging.MAX_WINDOW - 1))));
				operation.addParametersItem(new Parameter().in("query")
					.name("cursor")
					.description("Where the page starts: the `page.next` of the previous answer, sent with the "
							+ "same other parameters (another filter or sort is a 400 problem). Costs the same at "
							+ "any depth; not combined with page. Pages reached by cursor give no number or totals.")
					.schema(new StringSchema().maxLength(2048)));
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
