package org.protect.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.protect.cases.FollowUp;
import org.protect.monitoring.AssessedSituation;
import org.protect.monitoring.AssessmentSource;
import org.protect.monitoring.Condition;
import org.protect.monitoring.FollowUpRatings;
import org.protect.monitoring.RatingInput;
import org.protect.monitoring.RecordAssessmentCommand;
import org.protect.monitoring.WellBeingScale;
import org.protect.shared.InvalidInputException;

/**
 * The rules an assessment must meet, each broken one named by its field as the form and the API name it
 * ({@code ratings.EDUCATION.level}), all at once.
 */
final class AssessmentValidator {

	static final int NAME = 120;

	static final int SHORT = 300;

	static final int JUSTIFICATION = 2000;

	static final int SOURCES = 500;

	static final int VIEWS = 4000;

	static final int REASON = 1000;

	private AssessmentValidator() {
	}

	/**
	 * @param country the country the command names, normalised, or {@code null} when it is not a country code
	 * @param followUps the case's follow-up schedule
	 * @param correction whether the command corrects an earlier assessment
	 */
	static void validate(RecordAssessmentCommand command, String country, WellBeingScale scale,
			List<FollowUp> followUps, LocalDate today, boolean correction) {
		var problems = new InvalidInputException.Collector();
		if (command.situation() == null) {
			problems.add("situation", "validation.required");
		}
		else if (command.situation() == AssessedSituation.OPTION) {
			required(problems, "optionName", command.optionName(), NAME);
		}
		else if (command.situation() == AssessedSituation.FOLLOW_UP) {
			if (command.followUpDueOn() == null) {
				problems.add("followUpDueOn", followUps.isEmpty() ? "monitoring.validation.noFollowUpSchedule"
						: "monitoring.validation.followUpRequired");
			}
			else if (followUps.stream().noneMatch(followUp -> followUp.dueOn().equals(command.followUpDueOn()))) {
				problems.add("followUpDueOn", "monitoring.validation.followUpNotScheduled");
			}
		}
		if (country == null) {
			problems.add("country", "validation.country");
		}
		if (command.assessedOn() == null) {
			problems.add("assessedOn", "validation.required");
		}
		else if (command.assessedOn().isAfter(today)) {
			problems.add("assessedOn", "monitoring.validation.future");
		}
		required(problems, "assessedBy", command.assessedBy(), SHORT);
		if (command.source() == AssessmentSource.PARTNER) {
			required(problems, "sourceReference", command.sourceReference(), SHORT);
		}
		else {
			optional(problems, "sourceReference", command.sourceReference(), SHORT);
		}
		ratings(problems, "", command.ratings(), scale);
		childViews(problems, "", command.childViews(), command.childNotHeardReason());
		if (correction) {
			required(problems, "correctionReason", command.correctionReason(), REASON);
		}
		problems.throwIfAny();
	}

	/**
	 * The rules of the ratings a partner's follow-up report carries (those of an assessment's ratings, who made
	 * it and the child's views), each broken one named under {@link FollowUpRatings#FIELD}.
	 */
	static void validate(FollowUpRatings report, WellBeingScale scale) {
		var problems = new InvalidInputException.Collector();
		String prefix = FollowUpRatings.FIELD + ".";
		required(problems, prefix + "assessedBy", report.assessedBy(), SHORT);
		ratings(problems, prefix, report.ratings(), scale);
		childViews(problems, prefix, report.childViews(), report.childNotHeardReason());
		problems.throwIfAny();
	}

	private static void childViews(InvalidInputException.Collector problems, String prefix, String childViews,
			String childNotHeardReason) {
		boolean views = childViews != null && !childViews.isBlank();
		boolean reason = childNotHeardReason != null && !childNotHeardReason.isBlank();
		if (!views && !reason) {
			// UN CRC art. 12 and General Comment 14: the child's views are sought, or why not is said.
			problems.add(prefix + "childViews", "monitoring.validation.childViewsOrReason");
		}
		optional(problems, prefix + "childViews", childViews, VIEWS);
		optional(problems, prefix + "childNotHeardReason", childNotHeardReason, REASON);
	}

	private static void ratings(InvalidInputException.Collector problems, String prefix,
			Map<String, RatingInput> ratings, WellBeingScale scale) {
		for (String key : ratings.keySet()) {
			if (Condition.of(key) == null) {
				problems.add(prefix + "ratings." + key, "monitoring.validation.unknownCondition");
			}
		}
		for (Condition condition : Condition.values()) {
			String field = prefix + "ratings." + condition.name();
			RatingInput rating = ratings.get(condition.name());
			if (rating == null || rating.level() == null || rating.level().isBlank()) {
				problems.add(field + ".level", "monitoring.validation.levelRequired");
			}
			else if (!scale.accepts(rating.level().strip())) {
				problems.add(field + ".level", "monitoring.validation.level");
			}
			boolean unknown = rating != null && WellBeingScale.UNKNOWN.equals(strip(rating.level()));
			required(problems, field + ".justification", rating == null ? null : rating.justification(), JUSTIFICATION);
			if (unknown) {
				optional(problems, field + ".sources", rating.sources(), SOURCES);
			}
			else {
				required(problems, field + ".sources", rating == null ? null : rating.sources(), SOURCES);
			}
			String child = rating == null ? null : strip(rating.childLevel());
			if (child != null && !scale.accepts(child)) {
				problems.add(field + ".childLevel", "monitoring.validation.level");
			}
		}
	}

	static void required(InvalidInputException.Collector problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(field, "validation.required");
		}
		else if (value.strip().length() > max) {
			problems.add(field, "validation.tooLong", max);
		}
	}

	static void optional(InvalidInputException.Collector problems, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			problems.add(field, "validation.tooLong", max);
		}
	}

	static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
