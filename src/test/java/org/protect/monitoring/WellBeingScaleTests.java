package org.protect.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WellBeingScaleTests {

	static WellBeingScale fivePoint() {
		return new WellBeingScale(List.of(level("1", 1), level("2", 2), level("3", 3), level("4", 4), level("5", 5)));
	}

	static WellBeingScale.Level level(String code, int score) {
		return new WellBeingScale.Level(code, score, "monitoring.scale.five." + code);
	}

	@Test
	void acceptsItsLevelsAndUnknownAndNothingElse() {
		WellBeingScale scale = fivePoint();
		assertThat(scale.accepts("1")).isTrue();
		assertThat(scale.accepts("5")).isTrue();
		assertThat(scale.accepts(WellBeingScale.UNKNOWN)).isTrue();
		assertThat(scale.accepts("6")).isFalse();
		assertThat(scale.accepts("unknown")).isFalse();
		assertThat(scale.accepts(null)).isFalse();
		assertThat(scale.min()).isEqualTo(1);
		assertThat(scale.max()).isEqualTo(5);
	}

	@Test
	void refusesAScaleThatCannotWork() {
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 1)))).hasMessageContaining("at least two");
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 2), level("2", 1))))
			.hasMessageContaining("rise");
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 1), level("1", 2)))).hasMessageContaining("twice");
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 1), new WellBeingScale.Level("UNKNOWN", 2, "k"))))
			.hasMessageContaining("UNKNOWN");
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 1), new WellBeingScale.Level("a b", 2, "k"))))
			.hasMessageContaining("code");
		assertThatThrownBy(() -> new WellBeingScale(List.of(level("1", 1), new WellBeingScale.Level("2", 2, " "))))
			.hasMessageContaining("label");
	}

	@Test
	void aPlaceOnTheScaleMapsToTheNearestLevelOfAnyScale() {
		WellBeingScale four = new WellBeingScale(List.of(level("1", 1), level("2", 2), level("3", 3), level("4", 4)));
		assertThat(four.atFraction(0).code()).isEqualTo("1");
		assertThat(four.atFraction(1).code()).isEqualTo("4");
		assertThat(four.atFraction(0.5).code()).isEqualTo("3");
		assertThat(four.atFraction(-3).code()).isEqualTo("1");
		assertThat(fivePoint().atFraction(0.75).code()).isEqualTo("4");
	}

	@Test
	void theWorstLevelStillShowsAndTheBestFillsTheBar() {
		Assessment assessment = AssessmentBuilder.anAssessment().build();
		assertThat(assessment.fraction(1)).isEqualTo(0.2);
		assertThat(assessment.fraction(5)).isEqualTo(1.0);
		assertThat(assessment.fraction(null)).isZero();
	}

	@Test
	void anAssessmentIsInUseUntilCorrectedOrVoided() {
		Assessment assessment = AssessmentBuilder.anAssessment().build();
		assertThat(assessment.effective()).isTrue();
		assertThat(assessment.rating(Condition.EDUCATION).score()).isEqualTo(4);
	}

	@Test
	void theModelHasSevenFamilyAndSevenSocietyConditionsNumberedInOrder() {
		assertThat(Condition.values()).hasSize(14);
		assertThat(List.of(Condition.values()).stream().filter(c -> c.domain() == Condition.Domain.FAMILY))
			.hasSize(7)
			.allMatch(c -> c.number() <= 7);
		assertThat(Condition.of("EDUCATION").number()).isEqualTo(11);
		assertThat(Condition.of("NOT_A_CONDITION")).isNull();
	}

}
