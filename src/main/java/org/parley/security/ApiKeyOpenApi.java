package org.parley.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.parley.common.ProblemDocs;
import org.parley.common.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API key in the OpenAPI description: a bearer scheme named {@code apiKey}, required
 * by every write and every admin operation, which also list their 401, 403 and 429
 * problems. Swagger UI's "Authorize" button then sends the key with "Try it out".
 */
@Configuration(proxyBeanMethods = false)
class ApiKeyOpenApi {

	static final String SCHEME = "apiKey";

	/** The admin operations' scheme: the same header, but only an ADMIN key passes. */
	static final String ADMIN_SCHEME = "adminKey";

	@Bean
	OpenApiCustomizer apiKeySecurity() {
		return (openApi) -> {
			Components components = openApi.getComponents();
			if (components == null) {
				components = new Components();
				openApi.setComponents(components);
			}
			components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("An API key, sent as `Authorization: Bearer <key>`. EDITOR keys may write; ADMIN keys "
						+ "may also manage keys under /api/v1/admin. Never put a key in the URL."));
			components.addSecuritySchemes(ADMIN_SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API key whose role is ADMIN, sent as `Authorization: Bearer <key>`: "
								+ "what the operations under /api/v1/admin require. Never put a key in the URL."));
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				boolean admin = path.startsWith("/api/v1/admin/") || path.equals("/api/v1/admin");
				item.readOperationsMap().forEach((method, operation) -> {
					boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
					if (path.startsWith("/api/v1/") && (admin || !read)) {
						secure(operation, admin);
					}
				});
			});
		};
	}

	/**
	 * What every API operation may answer whoever calls it: 401 for a key that is
	 * malformed, unknown or revoked (sent even where no key is needed), 429 past the rate
	 * limit; and the headers on its answers: the RateLimit headers the limiter sets, and
	 * Access-Control-Allow-Origin on cross-origin requests.
	 */
	@Bean
	OpenApiCustomizer rateLimitAndOriginHeaders() {
		return (openApi) -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				if (!path.startsWith("/api/v1/")) {
					return;
				}
				item.readOperations().forEach((operation) -> {
					ApiResponses responses = operation.getResponses();
					if (responses == null) {
						responses = new ApiResponses();
						operation.setResponses(responses);
					}
					if (!responses.containsKey("401") || !responses.containsKey("429")) {
						boolean unauthorized = !responses.containsKey("401");
						boolean limited = !responses.containsKey("429");
						if (unauthorized) {
							ProblemDocs.set(responses, ProblemType.UNAUTHORIZED);
							responses.get("401")
								.description("The Authorization header carries a malformed, unknown or revoked key")
								.addHeaderObject("WWW-Authenticate",
										new Header().schema(new StringSchema()._default("Bearer").maxLength(200)));
						}
						if (limited) {
							ProblemDocs.set(responses, ProblemType.RATE_LIMITED);
							responses.get("429")
								.addHeaderObject("Retry-After",
										new Header().description("Seconds to wait before retrying").schema(seconds()));
						}
					}
					responses.forEach((status, response) -> {
						if (status.startsWith("2") || status.startsWith("4")) {
							rateLimitHeaders(response);
						}
						response.addHeaderObject("Access-Control-Allow-Origin", new Header().description(
								"On cross-origin requests from an allowed origin: reads from any origin (*), writes from "
										+ "the origins in PARLEY_CORS_WRITE_ORIGINS")
							.schema(new StringSchema().maxLength(2048)));
					});
				});
			});
		};
	}

	private static void rateLimitHeaders(io.swagger.v3.oas.models.responses.ApiResponse response) {
		String when = " (sent while rate limiting is on, the default)";
		response.addHeaderObject("RateLimit-Limit",
				new Header().description("Requests allowed per minute" + when).schema(count()));
		response.addHeaderObject("RateLimit-Remaining",
				new Header().description("Requests left in the current minute" + when).schema(count()));
		response.addHeaderObject("RateLimit-Reset",
				new Header().description("Seconds until the allowance is whole again" + when).schema(seconds()));
	}

	/** A number of requests: the limits are per minute, configured as whole numbers. */
	private static IntegerSchema count() {
		return (IntegerSchema) new IntegerSchema().minimum(java.math.BigDecimal.ZERO)
			.maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE));
	}

	/** Seconds to wait: the allowance refills within a minute. */
	private static IntegerSchema seconds() {
		return (IntegerSchema) new IntegerSchema().minimum(java.math.BigDecimal.ZERO)
			.maximum(java.math.BigDecimal.valueOf(60));
	}

	private static void secure(Operation operation, boolean admin) {
		operation.addSecurityItem(new SecurityRequirement().addList(admin ? ADMIN_SCHEME : SCHEME));
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		ProblemDocs.set(responses, ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN, ProblemType.RATE_LIMITED);
		responses.get("401")
			.addHeaderObject("WWW-Authenticate",
					new Header().schema(new StringSchema()._default("Bearer").maxLength(200)));
		responses.get("403")
			.description(admin ? "The API key's role is not ADMIN"
					: "The API key's role allows no writes (it needs EDITOR or ADMIN)");
		responses.get("429")
			.addHeaderObject("Retry-After",
					new Header().description("Seconds to wait before retrying").schema(seconds()));
	}

}
