package org.protect.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * What was wrong with a JSON body that could not be read, as a problem of the field that broke it: the field is
 * named by its path as the API documents it ({@code familyName}, {@code facts[0].value}).
 */
final class JsonInputProblems {

	/** The problem's code and the field's message key and path. */
	record FieldProblem(String code, String messageKey, String field) {

		List<Map<String, String>> asErrors(String message) {
			return List.of(Map.of("field", field, "message", message));
		}

	}

	private JsonInputProblems() {
	}

	static Optional<FieldProblem> of(Throwable unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			if (cause instanceof StrictJsonConfiguration.ControlCharactersException ex) {
				return Optional.of(new FieldProblem("invalid-characters", "validation.invalidCharacters", path(ex)));
			}
			if (cause instanceof StreamReadException ex && ex.getOriginalMessage() != null
					&& ex.getOriginalMessage().startsWith("Duplicate")) {
				return pointer(ex).map(field -> new FieldProblem("validation-failed", "validation.duplicateKey", field));
			}
			if (cause instanceof DatabindException ex && !ex.getPath().isEmpty()) {
				return Optional.of(new FieldProblem("validation-failed", "validation.wrongType", path(ex)));
			}
		}
		return Optional.empty();
	}

	private static String path(JacksonException ex) {
		String field = JsonFieldPath.of(ex);
		return field.isEmpty() ? "body" : field;
	}

	/** The parser's position ({@code /facts/0/value}) when the stream itself was refused, in the API's form. */
	private static Optional<String> pointer(StreamReadException ex) {
		JsonParser parser = ex.processor();
		if (parser == null) {
			return Optional.empty();
		}
		StringBuilder field = new StringBuilder();
		for (String step : parser.streamReadContext().pathAsPointer().toString().split("/")) {
			if (step.isEmpty()) {
				continue;
			}
			if (step.chars().allMatch(Character::isDigit)) {
				field.append('[').append(step).append(']');
			}
			else {
				field.append(field.isEmpty() ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
			}
		}
		return field.isEmpty() ? Optional.empty() : Optional.of(field.toString());
	}

}
