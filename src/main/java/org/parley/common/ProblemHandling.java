package org.parley.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) with a
 * stable {@code type}, a human title and a detail that says what was wrong. Nothing
 * internal (exception messages, class names, SQL) reaches the client.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	/** One failing request parameter. */
	record ParameterError(String parameter, String message) {
	}

	@ExceptionHandler
	ProblemDetail notFound(ResourceNotFound ex) {
		ProblemDetail problem = Problems.of(ProblemType.NOT_FOUND, ex.getMessage());
		problem.setProperty("resource", ex.resource());
		problem.setProperty("identifier", Problems.cut(ex.identifier(), 200));
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
		ProblemDetail problem = Problems.of(ProblemType.INVALID_PARAMETER,
				"A query parameter could not be decoded; check its percent-encoding (a literal % is %25).");
		return problem;
	}

	/**
	 * Spring Security's firewall checks parameter names when they are first read: a
	 * control character in one is the client's mistake.
	 */
	@ExceptionHandler
	ProblemDetail rejectedRequest(RequestRejectedException ex) {
		return Problems.of(ProblemType.INVALID_PARAMETER, "The request was refused: its path, a parameter name or "
				+ "a header holds a character that is not allowed (a control character, say)");
	}

	@ExceptionHandler
	ProblemDetail unprocessable(Unprocessable ex) {
		ProblemDetail problem = Problems.of(ProblemType.UNPROCESSABLE, ex.getMessage());
		problem.setProperty("errors",
				ex.errors()
					.stream()
					.limit(Problems.MAX_ERRORS)
					.map((e) -> new Unprocessable.FieldError(Problems.cut(e.field(), Problems.MAX_NAME),
							Problems.cut(e.message(), Problems.MAX_MESSAGE)))
					.toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidPatchedBody(MergePatch.InvalidBody ex) {
		return invalidBody(ex.errors().stream().map((e) -> new ParameterError(e.field(), e.message())).toList());
	}

	@ExceptionHandler
	ProblemDetail conflict(Conflict ex) {
		ProblemDetail problem = Problems.of(ProblemType.CONFLICT, ex.getMessage());
		if (ex.existing() != null) {
			problem.setProperty("existing", ex.existing());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail preconditionRequired(IfMatch.PreconditionRequired ex) {
		return Problems.of(ProblemType.PRECONDITION_REQUIRED, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail versionMismatch(IfMatch.VersionMismatch ex) {
		ProblemDetail problem = Problems.of(ProblemType.PRECONDITION_FAILED, ex.getMessage());
		problem.setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	/** Two writers raced and this one lost: the same answer as a stale If-Match. */
	@ExceptionHandler
	ProblemDetail lostRace(ObjectOptimisticLockingFailureException ex) {
		ProblemDetail problem = Problems.of(ProblemType.PRECONDITION_FAILED,
				"The record was changed by another request at the same time; GET it again and reapply your change");
		return problem;
	}

	/**
	 * An Accept header Parley cannot answer: still a problem, in JSON, whatever the
	 * client asked for (a 406 with an empty body says nothing). Written here because the
	 * message converters would refuse the very media type the client did not accept.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletResponse response = ((ServletWebRequest) request).getResponse();
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		String supported = ex.getSupportedMediaTypes().isEmpty() ? "application/json"
				: String.join(", ", ex.getSupportedMediaTypes().stream().map(Object::toString).toList());
		try {
			Problems.write(servletRequest, response, Problems.of(ProblemType.HTTP, HttpStatus.NOT_ACCEPTABLE,
					"No representation matches the Accept header; this resource answers " + supported));
		}
		catch (java.io.IOException io) {
			// the client is gone: nothing to answer
		}
		return null;
	}

	/**
	 * Spring MVC's own refusals (415, 405, ...) are negotiated against the Accept header
	 * like any answer; when that header cannot even be parsed ({@code Accept: garbage})
	 * the problem would be lost to an empty answer, so it is written here in JSON.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (entity == null || !(entity.getBody() instanceof ProblemDetail problem) || acceptParses(request)) {
			return entity;
		}
		HttpServletResponse response = ((ServletWebRequest) request).getResponse();
		entity.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		try {
			Problems.write(((ServletWebRequest) request).getRequest(), response, problem);
		}
		catch (java.io.IOException io) {
			// the client is gone: nothing to answer
		}
		return null;
	}

	private static boolean acceptParses(WebRequest request) {
		try {
			String[] accept = request.getHeaderValues(HttpHeaders.ACCEPT);
			if (accept != null) {
				for (String value : accept) {
					MediaType.parseMediaTypes(value);
				}
			}
			return true;
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return false;
		}
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.INVALID_BODY, unreadable(ex));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Says what is wrong with an unreadable body without echoing parser internals. */
	private static String unreadable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnrecognizedPropertyException unknown) {
				return "Unknown property '" + unknown.getPropertyName() + "'; known properties: "
						+ unknown.getKnownPropertyIds();
			}
			if (cause instanceof InvalidFormatException format && format.getValue() instanceof String text
					&& NulCharacters.in(text)) {
				return "Property '" + path(format) + "' " + NulCharacters.reason(text);
			}
			if (cause instanceof InvalidFormatException format) {
				String expected = format.getTargetType().isEnum()
						? "; expected one of " + Arrays.toString(format.getTargetType().getEnumConstants()) : "";
				return "Property '" + path(format) + "' has an invalid value '" + format.getValue() + "'" + expected;
			}
			if (cause instanceof DatabindException mapping && !path(mapping).isEmpty()) {
				return "Property '" + path(mapping) + "' has a value of the wrong type";
			}
			if (cause instanceof StreamReadException) {
				return "The body is not well-formed JSON";
			}
		}
		return "The body is missing or not readable as JSON";
	}

	private static String path(DatabindException ex) {
		return String.join(".", ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
			.toList());
	}

	/**
	 * The database refused a write that the checks before it let through (two writers
	 * racing for the same slug, say): a conflict or a broken rule, never a 500, and no
	 * SQL in the answer.
	 */
	@ExceptionHandler
	ProblemDetail integrity(org.springframework.dao.DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		log.info("Write refused by the database ({}): {}", state, ex.getMostSpecificCause().getMessage());
		if ("23514".equals(state)) {
			return Problems.of(ProblemType.UNPROCESSABLE,
					"The change breaks a rule of the data (for example a quote that its article does not print "
							+ "at the given offsets)");
		}
		return Problems.of(ProblemType.CONFLICT,
				"23505".equals(state) ? "A record with the same identifying value exists"
						: "The change conflicts with records that refer to, or are referred to by, this one");
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "";
	}

	/**
	 * The database is down, hung or too slow for this request: a quick 503 the client may
	 * retry, not a 500 after a long wait. Nothing was written (the transaction is rolled
	 * back).
	 */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			QueryTimeoutException.class, TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex, HttpServletRequest request) {
		if (request.getAttribute(WebSupport.ABANDONED) != null) {
			log.debug("Query cancelled, its client went away: {}", ex.getMessage());
		}
		else {
			log.warn("Database unavailable: {}", ex.getMessage());
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ProblemType.UNAVAILABLE,
					"The database did not answer in time; nothing was changed. Retry in a few seconds."));
	}

	/**
	 * Whether a failure comes from the database being away or too slow rather than from a
	 * bug: a connection that could not be had or was lost (SQLSTATE class 08, a server
	 * shutting down, 57P, too many connections, 53300) or a statement cancelled on its
	 * timeout (57014).
	 */
	static boolean databaseUnavailable(Throwable ex) {
		if (ex instanceof org.springframework.transaction.TransactionSystemException failed
				&& failed.getApplicationException() != null && databaseUnavailable(failed.getApplicationException())) {
			// the rollback after a lost connection failed too: what counts is why the
			// work failed
			return true;
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof QueryTimeoutException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() == null
					&& "Connection is closed".equals(sql.getMessage())) {
				// the pool's answer for a connection the database dropped
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
						|| state.equals("57014")) {
					return true;
				}
			}
		}
		return false;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The client went away (an export it stopped reading): nobody to answer.
			log.debug("Client disconnected: {}", ex.toString());
			return null;
		}
		if (databaseUnavailable(ex)) {
			return unavailable(ex, request);
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.internalServerError()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(ProblemType.INTERNAL, "An unexpected error occurred. It has been logged."));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<ParameterError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemHandling::describe)
			.toList();
		if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
			return ResponseEntity.badRequest().body(invalidBody(errors));
		}
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

	/**
	 * Bean Validation failures of a request body: every failing field, by its JSON path.
	 */
	static ProblemDetail invalidBody(List<ParameterError> errors) {
		List<Unprocessable.FieldError> fields = errors.stream()
			.map((e) -> new Unprocessable.FieldError(e.parameter(), e.message()))
			.toList();
		List<Unprocessable.FieldError> shown = fields.stream()
			.limit(Problems.MAX_ERRORS)
			.map((e) -> new Unprocessable.FieldError(Problems.cut(e.field(), Problems.MAX_NAME),
					Problems.cut(e.message(), Problems.MAX_MESSAGE)))
			.toList();
		String detail = String.join("; ", fields.stream().map((e) -> e.field() + " " + e.message()).toList());
		ProblemDetail problem = Problems.of(ProblemType.INVALID_BODY, detail);
		problem.setProperty("errors", shown);
		return problem;
	}

	private static ProblemDetail invalidParameters(List<ParameterError> errors) {
		String detail = String.join("; ", errors.stream().map((e) -> e.parameter() + " " + e.message()).toList());
		ProblemDetail problem = Problems.of(ProblemType.INVALID_PARAMETER, detail);
		problem.setProperty("errors",
				errors.stream()
					.limit(Problems.MAX_ERRORS)
					.map((e) -> new ParameterError(Problems.cut(e.parameter(), Problems.MAX_NAME),
							Problems.cut(e.message(), Problems.MAX_MESSAGE)))
					.toList());
		return problem;
	}

}
