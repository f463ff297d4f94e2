package org.protect.monitoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.Assessment;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.Condition;
import org.protect.monitoring.Rating;
import org.protect.monitoring.RatingInput;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.shared.InvalidInputException;

/**
 * The assessment form's fields as sent, by the names the service gives its problems
 * ({@code ratings.EDUCATION.level}), and the command they make. A value that is not even a date or a choice is
 * a problem of its field, reported with the service's own.
 */
final class AssessmentForm {

	private final Map<String, String> values;

	private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

	AssessmentForm(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
	}

	/** A blank form for a situation, in this node's country. */
	static AssessmentForm blank(String situation, String followUpDueOn, String country, LocalDate today) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("situation", situation);
		values.put("followUpDueOn", followUpDueOn);
		values.put("country", country);
		values.put("assessedOn", today.toString());
		values.put("source", AssessmentSource.LOCAL.name());
		return new AssessmentForm(values);
	}

	/** The form filled with an assessment's values, to correct it. */
	static AssessmentForm of(Assessment assessment) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("situation", assessment.situation().name());
		values.put("optionName", assessment.optionName());
		values.put("followUpDueOn", assessment.followUpDueOn() == null ? null : assessment.followUpDueOn().toString());
		values.put("country", assessment.country());
		values.put("assessedOn", assessment.assessedOn().toString());
		values.put("assessedBy", assessment.assessedBy());
		values.put("source", assessment.source().name());
		values.put("sourceReference", assessment.sourceReference());
		values.put("childViews", assessment.childViews());
		values.put("childNotHeardReason", assessment.childNotHeardReason());
		for (Rating rating : assessment.ratings()) {
			String prefix = "ratings." + rating.condition().name() + ".";
			values.put(prefix + "level", rating.level());
			values.put(prefix + "childLevel", rating.childLevel());
			values.put(prefix + "justification", rating.justification());
			values.put(prefix + "sources", rating.sources());
		}
		return new AssessmentForm(values);
	}

	Map<String, String> values() {
		return values;
	}

	RecordAssessmentCommand command() {
		Map<String, RatingInput> ratings = new LinkedHashMap<>();
		for (Condition condition : Condition.values()) {
			String prefix = "ratings." + condition.name() + ".";
			ratings.put(condition.name(), new RatingInput(text(prefix + "level"), text(prefix + "justification"),
					text(prefix + "sources"), text(prefix + "childLevel")));
		}
		return new RecordAssessmentCommand(choice("situation", AssessedSituation.class), text("optionName"),
				date("followUpDueOn"), text("country"), date("assessedOn"), text("assessedBy"),
				choice("source", AssessmentSource.class), text("sourceReference"), ratings, text("childViews"),
				text("childNotHeardReason"), text("correctionReason"));
	}

	/**
	 * Problems found reading the form, merged with the service's: a field the form could not read is reported
	 * once, as unreadable, rather than also as missing.
	 */
	InvalidInputException merged(InvalidInputException fromService) {
		if (problems.isEmpty()) {
			return fromService;
		}
		List<InvalidInputException.FieldProblem> own = new java.util.ArrayList<>();
		try {
			problems.throwIfAny();
		}
		catch (InvalidInputException ex) {
			own.addAll(ex.problems());
		}
		var fields = own.stream().map(InvalidInputException.FieldProblem::field).toList();
		if (fromService != null) {
			fromService.problems().stream().filter(problem -> !fields.contains(problem.field())).forEach(own::add);
		}
		return new InvalidInputException(own);
	}

	boolean unreadable() {
		return !problems.isEmpty();
	}

	private String text(String name) {
		String value = values.get(name);
		return value == null || value.isBlank() ? null : value;
	}

	private LocalDate date(String name) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(name, "monitoring.validation.date");
			return null;
		}
	}

	private <E extends Enum<E>> E choice(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(name, "monitoring.validation.choice");
			return null;
		}
	}

}
