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
		ProblemDocs.set(responses, ProblemType.UNAUTHORIZED, ProblemType.FORBIDDEN, ProblemType.RATE_LIMITED);
		responses.get("401")
			.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema()._default("Bearer")));
		responses.get("403")
			.description(admin ? "The API key's role is not ADMIN"
					: "The API key's role allows no writes (it needs EDITOR or ADMIN)");
		responses.get("429")
			.addHeaderObject("Retry-After",
					new Header().description("Seconds to wait before retrying").schema(new IntegerSchema()));
	}

}
