package org.parley.common;

import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * JSON Merge Patch (RFC 7396, {@code application/merge-patch+json}): applies a patch to a
 * request record holding the current state (JSON-P's implementation of the RFC), then
 * reads and validates the result like a PUT body.
 */
@Component
public class MergePatch {

	public static final String MEDIA_TYPE = "application/merge-patch+json";

	private final JsonMapper json;

	private final Validator validator;

	MergePatch(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	public <T> T apply(T current, String patch, Class<T> type) {
		JsonValue patchValue;
		try {
			patchValue = Json.createReader(new StringReader(patch)).readValue();
		}
		catch (JsonException ex) {
			throw new InvalidBody(List.of(new Unprocessable.FieldError("", "The patch is not well-formed JSON")));
		}
		catch (RuntimeException ex) {
			// JSON-P's parser refuses input nested deeper than its limit with a bare
			// RuntimeException
			throw new InvalidBody(List.of(new Unprocessable.FieldError("",
					"The patch could not be read: it is nested too deeply (at most 1,000 levels) or too large")));
		}
		if (patchValue.getValueType() != JsonValue.ValueType.OBJECT) {
			// RFC 7396 would replace the whole record with it: never a valid record
			throw new InvalidBody(List.of(new Unprocessable.FieldError("",
					"A merge patch must be a JSON object naming the properties to change")));
		}
		JsonValue target = Json.createReader(new StringReader(this.json.writeValueAsString(current))).readValue();
		String merged = Json.createMergePatch(patchValue).apply(target).toString();
		T result;
		try {
			result = this.json.readValue(merged, type);
		}
		catch (JacksonException ex) {
			throw new InvalidBody(List.of(new Unprocessable.FieldError(
					String.join(".", ex.getPath().stream().map((r) -> String.valueOf(r.getPropertyName())).toList()),
					reason(ex))));
		}
		Set<ConstraintViolation<T>> violations = this.validator.validate(result);
		if (!violations.isEmpty()) {
			throw new InvalidBody(violations.stream()
				.map((v) -> new Unprocessable.FieldError(v.getPropertyPath().toString(), v.getMessage()))
				.sorted(Comparator.comparing(Unprocessable.FieldError::field))
				.toList());
		}
		return result;
	}

	private static String reason(JacksonException ex) {
		if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
			return "is not a known property";
		}
		if (ex instanceof tools.jackson.databind.exc.InvalidFormatException format
				&& format.getValue() instanceof String text && NulCharacters.in(text)) {
			return NulCharacters.reason(text);
		}
		return "has a value of the wrong type";
	}

	/** A patched body that is not valid: a 400 problem listing every failing field. */
	public static class InvalidBody extends RuntimeException {

		private final List<Unprocessable.FieldError> errors;

		public InvalidBody(List<Unprocessable.FieldError> errors) {
			super("invalid body");
			this.errors = errors;
		}

		public List<Unprocessable.FieldError> errors() {
			return this.errors;
		}

	}

}
