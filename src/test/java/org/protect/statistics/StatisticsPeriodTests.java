package org.protect.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.protect.shared.InvalidInputException;

class StatisticsPeriodTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

	@Test
	void readsAMonthAQuarterAndAYear() {
		StatisticsPeriod month = StatisticsPeriod.parse("2026-02").orElseThrow();
		assertThat(month.kind()).isEqualTo(StatisticsPeriod.Kind.MONTH);
		assertThat(month.from()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(month.to()).isEqualTo(LocalDate.of(2026, 2, 28));

		StatisticsPeriod quarter = StatisticsPeriod.parse(" 2026-q4 ").orElseThrow();
		assertThat(quarter.kind()).isEqualTo(StatisticsPeriod.Kind.QUARTER);
		assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(quarter.code()).isEqualTo("2026-Q4");

		StatisticsPeriod year = StatisticsPeriod.parse("2024").orElseThrow();
		assertThat(year.from()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(year.to()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(year.code()).isEqualTo("2024");
	}

	@Test
	void refusesWhatIsNotAWholeMonthQuarterOrYear() {
		for (String code : new String[] { "2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-1", "20261", "2026-12-01",
				"2026-12/2027-01", "", "1899", "Q4" }) {
			assertThat(StatisticsPeriod.parse(code)).as(code).isEmpty();
		}
		assertThat(StatisticsPeriod.parse(null)).isEmpty();
	}

	@Test
	void aYearHoldsItsQuartersAndMonthsAndAQuarterOnlyItsOwnMonths() {
		StatisticsPeriod year = StatisticsPeriod.ofYear(2025);
		StatisticsPeriod q4 = StatisticsPeriod.ofQuarter(2025, 4);
		assertThat(year.contains(q4)).isTrue();
		assertThat(year.contains(StatisticsPeriod.ofMonth(2025, 1))).isTrue();
		assertThat(q4.contains(StatisticsPeriod.ofMonth(2025, 10))).isTrue();
		assertThat(q4.contains(StatisticsPeriod.ofMonth(2025, 9))).isFalse();
		assertThat(q4.contains(year)).isFalse();
		assertThat(year.contains(StatisticsPeriod.ofMonth(2024, 12))).isFalse();
	}

	@Test
	void freeRangesAreRefusedByTheirOwnNames() {
		assertThat(fields(null, "2025-12-02", "2025-12-31", null)).containsExactly("from", "to");
		assertThat(fields("2025-12", null, "2025-12-31", null)).containsExactly("to");
	}

	@Test
	void aPeriodIsPublishedOnlyOnceItIsOver() {
		assertThat(fields("2026-12", null, null, null)).containsExactly("period");
		assertThat(fields("2026-Q4", null, null, null)).containsExactly("period");
		assertThat(fields("2026", null, null, null)).containsExactly("period");
		assertThat(fields("2027-01", null, null, null)).containsExactly("period");
		assertThat(StatisticsQuery.parse("2026-11", null, null, null, TODAY).period().code()).isEqualTo("2026-11");
		// The day after a month ends, the month is over.
		assertThat(StatisticsQuery.parse("2026-11", null, null, null, LocalDate.of(2026, 12, 1)).to())
			.isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void oneCountrysFiguresAreForWholeYearsOnly() {
		assertThat(fields("2025-11", null, null, "AF")).containsExactly("country");
		assertThat(fields("2025-Q2", null, null, "AF")).containsExactly("country");
		StatisticsQuery year = StatisticsQuery.parse("2025", null, null, " af ", TODAY);
		assertThat(year.country()).isEqualTo("AF");
		assertThat(fields("2025", null, null, "Afghanistan")).containsExactly("country");
	}

	@Test
	void leftOutThePeriodIsTheLastWholeYear() {
		StatisticsQuery query = StatisticsQuery.parse(null, null, null, null, TODAY);
		assertThat(query.period()).isEqualTo(StatisticsPeriod.ofYear(2025));
		assertThat(query.country()).isNull();
	}

	private static List<String> fields(String period, String from, String to, String country) {
		InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions
			.catchThrowable(() -> StatisticsQuery.parse(period, from, to, country, TODAY));
		assertThat(refused).as("refused").isNotNull();
		return refused.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
	}

	@Test
	void aPeriodCannotBeBuiltOutOfRange() {
		assertThatThrownBy(() -> new StatisticsPeriod(StatisticsPeriod.Kind.MONTH, 2025, 13))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new StatisticsPeriod(StatisticsPeriod.Kind.YEAR, 2025, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
