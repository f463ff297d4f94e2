package org.protect.monitoring.web;

import java.util.Locale;
import java.util.Map;

import org.protect.monitoring.Condition;
import org.protect.shared.InvalidInputException.FieldProblem;

import org.springframework.context.MessageSource;

/**
 * An assessment form's problems in words that say where they are. The service names a problem by its field
 * ({@code ratings.EDUCATION.level}, {@code validation.required}), which the API's callers read; on a page of 14
 * fieldsets, "Enter a value." fourteen times says nothing, so a condition's problem names the condition
 * ("Education: choose a rating") and a required field says what to enter. A problem without its own words here
 * keeps the service's message, after the condition's name.
 */
final class AssessmentProblems {

	private static final String RATINGS = "ratings.";

	/** The page's message of a condition's field (level, justification, …) by the service's message key. */
	private static final Map<String, String> CONDITION_MESSAGES = Map.of(
			"level:monitoring.validation.levelRequired", "monitoring.problem.level.required",
			"level:monitoring.validation.level", "monitoring.problem.level.scale",
			"childLevel:monitoring.validation.level", "monitoring.problem.childLevel.scale",
			"justification:validation.required", "monitoring.problem.justification.required",
			"justification:validation.tooLong", "monitoring.problem.justification.tooLong",
			"sources:validation.required", "monitoring.problem.sources.required",
			"sources:validation.tooLong", "monitoring.problem.sources.tooLong");

	/** What to enter, for the fields outside the conditions that the service requires. */
	private static final Map<String, String> REQUIRED = Map.of("situation", "monitoring.problem.situation.required",
			"optionName", "monitoring.problem.optionName.required", "assessedOn",
			"monitoring.problem.assessedOn.required", "assessedBy", "monitoring.problem.assessedBy.required",
			"sourceReference", "monitoring.problem.sourceReference.required", "correctionReason",
			"monitoring.problem.correctionReason.required");

	private final MessageSource messages;

	private final Locale locale;

	AssessmentProblems(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String message(FieldProblem problem) {
		Condition condition = condition(problem.field());
		if (condition == null) {
			String key = "validation.required".equals(problem.messageKey()) ? REQUIRED.get(problem.field()) : null;
			return messages.getMessage(key == null ? problem.messageKey() : key, problem.arguments(), locale);
		}
		String name = messages.getMessage(condition.messageKey(), null, locale);
		String part = problem.field().substring(RATINGS.length() + condition.name().length() + 1);
		String key = CONDITION_MESSAGES.get(part + ":" + problem.messageKey());
		Object[] arguments = problem.arguments();
		Object first = arguments == null || arguments.length == 0 ? null : arguments[0];
		if (key != null) {
			return messages.getMessage(key, new Object[] { name, first }, locale);
		}
		String own = messages.getMessage(problem.messageKey(), arguments, locale);
		return messages.getMessage("monitoring.problem.condition", new Object[] { name, own }, locale);
	}

	/** The condition a field belongs to ({@code ratings.EDUCATION.level}), or {@code null}. */
	static Condition condition(String field) {
		if (!field.startsWith(RATINGS)) {
			return null;
		}
		int dot = field.indexOf('.', RATINGS.length());
		return dot < 0 ? null : Condition.of(field.substring(RATINGS.length(), dot));
	}

}
