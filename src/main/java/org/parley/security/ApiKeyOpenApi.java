package org.parley.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
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

	private static final String PROBLEM = "Problem";

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
			components.addSchemas(PROBLEM, problemSchema());
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

	private static void secure(Operation operation, boolean admin) {
		operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		responses.addApiResponse("401", problem("No API key, or a malformed, unknown or revoked one")
			.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema()._default("Bearer"))));
		responses.addApiResponse("403", problem(admin ? "The API key's role is not ADMIN"
				: "The API key's role allows no writes (it needs EDITOR or ADMIN)"));
		responses.addApiResponse("429",
				problem("Too many requests with this key or from this address").addHeaderObject("Retry-After",
						new Header().description("Seconds to wait before retrying").schema(new IntegerSchema())));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem")
			.addProperty("type", new StringSchema().example("urn:parley:problem:unauthorized"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema());
	}

}
