package org.parley.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.parley.common.ProblemCorsProcessor;
import org.parley.common.ProblemType;
import org.parley.common.Problems;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Who may do what. Reads (GET, HEAD) of the API, its documentation, health and info are
 * public; every other method under {@code /api/v1} needs an API key with role EDITOR or
 * ADMIN, and everything under {@code /api/v1/admin} role ADMIN. Outside the API, the
 * actuator and the documentation, GET and HEAD reach the dashboard (its page, deep links
 * and static files; anything else there is a 404 problem). Anything else is refused. Keys
 * are sent as {@code Authorization: Bearer <key>}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SecurityProperties.class, RateLimitProperties.class })
class SecurityConfiguration {

	/** Where an API key can make a difference; elsewhere a refusal is final. */
	static final RequestMatcher KEYS_CAN_OPEN = PathPatternRequestMatcher.pathPattern("/api/v1/**");

	static final RequestMatcher ADMIN = PathPatternRequestMatcher.pathPattern("/api/v1/admin/**");

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern("/swagger-ui/**"),
			PathPatternRequestMatcher.pathPattern("/swagger-ui.html"));

	/**
	 * The API answers JSON only: nothing in it may load, run, frame or be framed.
	 */
	private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	/**
	 * Swagger UI loads its scripts, styles and the OpenAPI description from this origin,
	 * sets inline styles and shows data-URI images; nothing else.
	 */
	private static final String SWAGGER_UI_CSP = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/** Everything that is not the dashboard: the API, its description, the actuator. */
	private static final RequestMatcher NOT_DASHBOARD = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern("/api/**"), PathPatternRequestMatcher.pathPattern("/v3/**"),
			PathPatternRequestMatcher.pathPattern("/actuator/**"), PathPatternRequestMatcher.pathPattern("/error"),
			SWAGGER_UI);

	/**
	 * The dashboard runs its own scripts and styles and talks to this origin's API, plus
	 * any other Parley named in {@code parley.dashboard.api-origins}; nothing inline, no
	 * other host.
	 */
	static String dashboardCsp(String apiOrigins) {
		String connect = ("'self' " + apiOrigins.replace(',', ' ')).trim().replaceAll("\\s+", " ");
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src " + connect
				+ "; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
				+ "form-action 'self'";
	}

	static String rolesFor(HttpServletRequest request) {
		return ADMIN.matches(request) ? "ADMIN" : "EDITOR or ADMIN";
	}

	/**
	 * Lets an encoded slash in a path through, as Tomcat is told to
	 * (config/TomcatConfiguration), so an unknown slug containing one is a 404 problem.
	 * Tomcat then leaves {@code %2F} undecoded in the servlet path, where the firewall
	 * would take its {@code %} for an encoded percent: that is allowed too. Safe here:
	 * the rules above match paths with the same parser as Spring MVC, which both see
	 * {@code a%2Fb} as one segment, and nothing decodes a path twice.
	 */
	@Bean
	WebSecurityCustomizer encodedSlashInPaths() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowUrlEncodedSlash(true);
		firewall.setAllowUrlEncodedPercent(true);
		// What the firewall refuses (a control character in a parameter name, say) is the
		// client's mistake: a 400 problem, not a 500
		return (web) -> web.httpFirewall(firewall)
			.requestRejectedHandler((request, response, ex) -> Problems.write(request, response,
					Problems.of(ProblemType.INVALID_PARAMETER, "The request was refused: its path, a parameter "
							+ "name or a header holds a character that is not allowed (a control character, say)")));
	}

	/**
	 * The CORS filter of the security chain (Spring Security uses a bean of this name),
	 * with the rules configured for Spring MVC (config/WebConfiguration), refusing with a
	 * 403 problem instead of a bare text. It runs only in the security chain.
	 */
	@Bean
	CorsFilter corsFilter(@Qualifier("corsRules") CorsConfigurationSource mvcCorsRules) {
		CorsFilter filter = new CorsFilter(mvcCorsRules);
		filter.setCorsProcessor(new ProblemCorsProcessor());
		return filter;
	}

	@Bean
	FilterRegistrationBean<CorsFilter> corsFilterOutsideTheSecurityChain(CorsFilter corsFilter) {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyService keys, ProblemResponses problems,
			RateLimiter rateLimiter, RateLimitProperties rateLimits,
			@Value("${parley.dashboard.api-origins:}") String dashboardApiOrigins) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers("/api/v1/admin/**")
			.hasRole(ApiKeyRole.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/api/v1/**")
			.permitAll()
			.requestMatchers("/api/v1/**")
			.hasAnyRole(ApiKeyRole.EDITOR.name(), ApiKeyRole.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**", "/v3/**")
			.denyAll()
			// The dashboard (org.parley.dashboard and static/): public files, read only
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.denyAll());
		// Stateless: every request carries its key; nothing is kept between requests.
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache((cache) -> cache.disable());
		// CSRF protection is for credentials a browser attaches on its own (cookies, HTTP
		// basic). Parley has neither: the key travels in the Authorization header, which
		// a page from another origin can only set through CORS, and CORS allows writes
		// from configured origins only. So there is no token to check.
		http.csrf(AbstractHttpConfigurer::disable);
		http.formLogin(AbstractHttpConfigurer::disable);
		http.httpBasic(AbstractHttpConfigurer::disable);
		http.logout(AbstractHttpConfigurer::disable);
		// CORS as configured for Spring MVC (config/WebConfiguration), applied before
		// authorization so preflight requests, which carry no key, are answered.
		http.cors(Customizer.withDefaults());
		http.headers((headers) -> headers
			// Defaults kept: X-Content-Type-Options: nosniff, X-Frame-Options: DENY,
			// Strict-Transport-Security on HTTPS.
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			// No-store only where credentials are involved; public reads stay cacheable.
			.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new OrRequestMatcher(new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION), ADMIN),
					new CacheControlHeadersWriter()))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CSP)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(NOT_DASHBOARD),
					new ContentSecurityPolicyHeaderWriter(dashboardCsp(dashboardApiOrigins))))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					new AndRequestMatcher(NOT_DASHBOARD, new NegatedRequestMatcher(SWAGGER_UI)),
					new ContentSecurityPolicyHeaderWriter(API_CSP))));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems, rateLimiter),
				AnonymousAuthenticationFilter.class);
		http.addFilterAfter(new RateLimitFilter(rateLimiter, rateLimits.excludedPaths()),
				ApiKeyAuthenticationFilter.class);
		return http.build();
	}

}
