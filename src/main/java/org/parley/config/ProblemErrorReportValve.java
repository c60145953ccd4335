package org.parley.config;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.parley.common.ProblemType;
import org.parley.common.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error page, for requests it refuses before they reach the application (an
 * encoded NUL or a malformed escape in the path, an invalid header): an RFC 9457 problem
 * instead of HTML. Requests the application answered already carry their problem; this
 * valve leaves them alone, as Tomcat's does.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String detail = (status < 500)
				? "The request could not be understood: " + ((known != null) ? known.getReasonPhrase() : "Error")
						+ " (check that the path and headers hold no control characters or malformed %-escapes)"
				: "An unexpected error occurred. It has been logged.";
		ProblemDetail problem;
		if (known != null) {
			problem = Problems.of(ProblemType.HTTP, known, detail);
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
			problem.setTitle("Error");
		}
		String body = new String(Problems.render(problem), StandardCharsets.UTF_8);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (Exception ex) {
			// the client is gone or the response cannot be written: nothing more to do
		}
	}

}
