package org.parley.common;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Refuses a cross-origin request the CORS rules do not allow (a write from an origin not
 * in {@code parley.cors.write-origins}) with a 403 problem instead of a bare text.
 */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		ProblemDetail problem = Problems.of(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN,
				"This cross-origin request is not allowed: reads are open to every origin, writes only to the "
						+ "origins in parley.cors.write-origins");
		problem.setTitle("Cross-origin request refused");
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(Problems.render(problem));
		response.flush();
	}

}
