package org.protect.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Synthetic assessments for tests: every condition rated 4 of 1-5 unless told otherwise. */
public final class AssessmentBuilder {

	private final Map<Condition, Rating> ratings = new EnumMap<>(Condition.class);

	private AssessedSituation situation = AssessedSituation.CURRENT;

	private String optionName;

	private LocalDate followUpDueOn;

	private LocalDate assessedOn = LocalDate.of(2026, 3, 1);

	private String country = "SE";

	private AssessmentBuilder() {
		for (Condition condition : Condition.values()) {
			rated(condition, 4);
		}
	}

	public static AssessmentBuilder anAssessment() {
		return new AssessmentBuilder();
	}

	public AssessmentBuilder rated(Condition condition, int score) {
		ratings.put(condition, new Rating(condition, Integer.toString(score), score, "Synthetic justification",
				"Synthetic source", null, null));
		return this;
	}

	public AssessmentBuilder unknown(Condition condition) {
		ratings.put(condition, new Rating(condition, WellBeingScale.UNKNOWN, null, "Not known yet", "", null, null));
		return this;
	}

	public AssessmentBuilder childSays(Condition condition, int score) {
		Rating rating = ratings.get(condition);
		ratings.put(condition, new Rating(condition, rating.level(), rating.score(), rating.justification(),
				rating.sources(), Integer.toString(score), score));
		return this;
	}

	public AssessmentBuilder option(String name) {
		this.situation = AssessedSituation.OPTION;
		this.optionName = name;
		return this;
	}

	public AssessmentBuilder followUp(LocalDate dueOn) {
		this.situation = AssessedSituation.FOLLOW_UP;
		this.followUpDueOn = dueOn;
		return this;
	}

	public AssessmentBuilder on(LocalDate day) {
		this.assessedOn = day;
		return this;
	}

	public AssessmentBuilder in(String country) {
		this.country = country;
		return this;
	}

	public Assessment build() {
		List<Rating> list = new ArrayList<>(ratings.values());
		return new Assessment(UUID.randomUUID(), UUID.randomUUID(), situation, optionName, followUpDueOn, country,
				assessedOn, "Synthetic assessor", AssessmentSource.LOCAL, null, list, "Synthetic views", null, 1, 5, null,
				null, null, null, Instant.parse("2026-03-01T10:00:00Z"), "caseworker.se", Map.of());
	}

}
