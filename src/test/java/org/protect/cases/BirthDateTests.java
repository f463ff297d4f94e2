package org.protect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BirthDateTests {

	@Test
	void anExactDateTurns18OnTheBirthday() {
		BirthDate born = BirthDate.exactly(LocalDate.of(2009, 5, 14));

		assertThat(born.eighteenthBirthday()).contains(LocalDate.of(2027, 5, 14));
		assertThat(born.certainlyAdultOn(LocalDate.of(2027, 5, 13))).isFalse();
		assertThat(born.certainlyAdultOn(LocalDate.of(2027, 5, 14))).isTrue();
	}

	@Test
	void anEstimateGivesTheBenefitOfTheDoubtToTheYoungestAge() {
		assertThat(BirthDate.inYear(2009).eighteenthBirthday()).contains(LocalDate.of(2027, 12, 31));
		assertThat(BirthDate.between(LocalDate.of(2008, 1, 1), LocalDate.of(2009, 6, 30)).eighteenthBirthday())
			.contains(LocalDate.of(2027, 6, 30));
		assertThat(BirthDate.inYear(2009).certainlyAdultOn(LocalDate.of(2027, 6, 1))).isFalse();
	}

	@Test
	void anUnknownDatePresumesAMinor() {
		assertThat(BirthDate.unknown().eighteenthBirthday()).isEmpty();
		assertThat(BirthDate.unknown().certainlyAdultOn(LocalDate.of(2100, 1, 1))).isFalse();
	}

	@Test
	void aChildBornOnALeapDayTurns18OnTheFirstOfMarchInACommonYear() {
		BirthDate born = BirthDate.exactly(LocalDate.of(2008, 2, 29));

		assertThat(born.eighteenthBirthday()).contains(LocalDate.of(2026, 3, 1));
		assertThat(born.certainlyAdultOn(LocalDate.of(2026, 2, 28))).isFalse();
	}

	@Test
	void refusesARangeThatEndsBeforeItStarts() {
		assertThatThrownBy(() -> BirthDate.between(LocalDate.of(2010, 1, 1), LocalDate.of(2009, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
