package org.parley.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the API key in its {@code Authorization: Bearer} header. A
 * request without the header goes on anonymously (reads are public); a request with a
 * malformed, unknown or revoked key is refused with a 401 whatever it asks for, so a
 * client learns at once that its key is not valid. A key in the query string is refused
 * too. Refusals count against the client address's rate limit, so trying keys is
 * throttled like any other anonymous request.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final ApiKeyService keys;

	private final ProblemResponses problems;

	private final RateLimiter rateLimiter;

	ApiKeyAuthenticationFilter(ApiKeyService keys, ProblemResponses problems, RateLimiter rateLimiter) {
		this.keys = keys;
		this.problems = problems;
		this.rateLimiter = rateLimiter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ApiKeyAuthentication> authentication;
		boolean counted = false;
		try {
			String parameter = BearerKeys.keyParameterInQuery(request);
			if (parameter != null) {
				throw ApiKeyRejected.inQuery(parameter);
			}
			String key = BearerKeys.from(request);
			if (key == null) {
				chain.doFilter(request, response);
				return;
			}
			authentication = this.keys.knownValid(key);
			if (authentication.isEmpty()) {
				if (!this.keys.validLately(key)) {
					// A key never found valid takes its address's token before the
					// lookup:
					// from an address over its limit it is refused (429) without one. (A
					// new key's first request thus counts against its address as well.)
					if (!this.rateLimiter.admit(request, response, null)) {
						return;
					}
					counted = true;
				}
				authentication = this.keys.authenticate(key);
			}
			if (authentication.isEmpty()) {
				throw ApiKeyRejected.unknownOrRevoked();
			}
		}
		catch (ApiKeyRejected ex) {
			if (counted || this.rateLimiter.admit(request, response, null)) {
				this.problems.commence(request, response, ex);
			}
			return;
		}
		catch (DataAccessException | CannotCreateTransactionException | TransactionSystemException ex) {
			// the key could not be checked: the database is down or hung
			this.problems.unavailable(request, response);
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(authentication.get());
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
