package org.parley.config;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JacksonModule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * MVC settings shared by every feature: paging parameters, enum parameters accepted in
 * any case, no NUL characters in parameters or bodies, and CORS (reads from anywhere;
 * other methods only from configured origins).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Response headers browser clients on other origins may read. */
	private static final String[] EXPOSED_HEADERS = { "Location", "ETag", "Retry-After", "RateLimit-Limit",
			"RateLimit-Remaining", "RateLimit-Reset", "Idempotent-Replayed", "Content-Disposition", "X-Request-Id" };

	private final String[] writeOrigins;

	private final MeterRegistry meters;

	WebConfiguration(@Value("${parley.cors.write-origins:}") String writeOrigins, MeterRegistry meters) {
		this.meters = meters;
		this.writeOrigins = StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(writeOrigins));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(org.parley.common.WebSupport.pagingResolver());
		resolvers.add(org.parley.common.WebSupport.ifMatchResolver());
		resolvers.add(org.parley.common.WebSupport.filterResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(org.parley.common.WebSupport.nulParameterGuard());
		registry.addInterceptor(org.parley.common.WebSupport.knownParameterGuard());
		registry.addInterceptor(org.parley.common.WebSupport.writeMetrics(this.meters));
	}

	/** Registered with Boot's JsonMapper, which reads every request body. */
	@Bean
	JacksonModule nulStringGuard() {
		return org.parley.common.WebSupport.nulStringGuard();
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnumConverterFactory());
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.exposedHeaders(EXPOSED_HEADERS)
			.maxAge(3600);
		if (this.writeOrigins.length > 0) {
			registry.addMapping("/api/**")
				.allowedOrigins(this.writeOrigins)
				.allowedMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
				.exposedHeaders(EXPOSED_HEADERS)
				.maxAge(3600);
		}
	}

	/**
	 * The same CORS rules for the security chain's CORS filter: asking Spring MVC's
	 * handler mappings instead (its introspector) looks every request's handler up a
	 * second time, a tenth of a list request's CPU time.
	 */
	@Bean
	CorsConfigurationSource corsRules() {
		CorsRules rules = new CorsRules();
		addCorsMappings(rules);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.setCorsConfigurations(rules.configurations());
		return source;
	}

	/** A registry that hands out what was registered. */
	private static final class CorsRules extends CorsRegistry {

		Map<String, CorsConfiguration> configurations() {
			return getCorsConfigurations();
		}

	}

	/** Accepts {@code kind=person} as well as {@code kind=PERSON}. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class CaseInsensitiveEnumConverterFactory implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			return (source) -> {
				String value = source.trim();
				if (value.isEmpty()) {
					return null;
				}
				return (T) Enum.valueOf(targetType, value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
			};
		}

	}

}
