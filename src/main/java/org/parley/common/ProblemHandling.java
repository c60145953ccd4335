package org.parley.common;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) with a
 * stable {@code type}, a human title and a detail that says what was wrong. Nothing
 * internal (exception messages, class names, SQL) reaches the client.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	static final URI NOT_FOUND = URI.create("urn:parley:problem:not-found");

	static final URI INVALID_PARAMETER = URI.create("urn:parley:problem:invalid-parameter");

	static final URI INTERNAL = URI.create("urn:parley:problem:internal-error");

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	/** One failing request parameter. */
	record ParameterError(String parameter, String message) {
	}

	@ExceptionHandler
	ProblemDetail notFound(ResourceNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Resource not found");
		problem.setProperty("resource", ex.resource());
		problem.setProperty("identifier", ex.identifier());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameter ex) {
		return invalidParameters(List.of(new ParameterError(ex.parameter(), ex.reason())));
	}

	/**
	 * The servlet container could not decode a query parameter (bad percent-encoding).
	 */
	@ExceptionHandler
	ProblemDetail undecodableParameter(org.apache.tomcat.util.http.InvalidParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"A query parameter could not be decoded; check its percent-encoding (a literal % is %25).");
		problem.setType(INVALID_PARAMETER);
		problem.setTitle("Invalid request parameter");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"An unexpected error occurred. It has been logged.");
		problem.setType(INTERNAL);
		problem.setTitle("Internal error");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ParameterError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemHandling::describe)
			.toList();
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> log.debug("Global validation error {}", error.getDefaultMessage()));
		return ResponseEntity.badRequest().body(invalidParameters(errors));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String reason = expectation(ex.getRequiredType(), ex.getValue());
		return ResponseEntity.badRequest().body(invalidParameters(List.of(new ParameterError(name, reason))));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ParameterError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new ParameterError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(invalidParameters(errors));
	}

	private static ParameterError describe(FieldError error) {
		if (error.isBindingFailure()) {
			TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
					? error.unwrap(TypeMismatchException.class) : null;
			Class<?> type = (mismatch != null) ? mismatch.getRequiredType() : null;
			return new ParameterError(error.getField(), expectation(type, error.getRejectedValue()));
		}
		return new ParameterError(error.getField(), error.getDefaultMessage());
	}

	private static String expectation(Class<?> type, Object value) {
		String given = "'" + value + "'";
		if (type == null) {
			return "has an invalid value " + given;
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + given;
		}
		if (LocalDate.class.equals(type)) {
			return "must be a date in ISO format (yyyy-MM-dd), not " + given;
		}
		if (Boolean.class.equals(type) || boolean.class.equals(type)) {
			return "must be true or false, not " + given;
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "must be a number, not " + given;
		}
		return "has an invalid value " + given;
	}

	private static ProblemDetail invalidParameters(List<ParameterError> errors) {
		String detail = String.join("; ", errors.stream().map((e) -> e.parameter() + " " + e.message()).toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(INVALID_PARAMETER);
		problem.setTitle("Invalid request parameter");
		problem.setProperty("errors", errors);
		return problem;
	}

}
