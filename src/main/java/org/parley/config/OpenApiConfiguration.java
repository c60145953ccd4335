package org.parley.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
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
		return new OpenAPI().info(new Info().title("Parley API")
			.version("v1")
			.description("""
					Peace negotiations as data: events (summits, meetings, calls, joint statements), the actors \
					who take part, their verbatim statements and their positions on the issues that decide a \
					deal. Every statement points to the article it comes from, down to the character span \
					[start, end) of its text in the article body.

					Lists are paged (`page` from 0, `size` 1–100, default 20) and sortable (`sort=property,asc|desc`, \
					repeatable). Every error is an RFC 9457 problem (`application/problem+json`).""")
			.license(new License().name("Apache-2.0")));
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
