package org.protect.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.protect.statistics.Count;
import org.protect.statistics.StatisticsPeriod;

class NestedPeriodsTests {

	private static final int YEAR = 2025;

	private static final Count SMALL = Count.hidden(Count.Withheld.SMALL_COUNT);

	private static final Count COMPLEMENTARY = Count.hidden(Count.Withheld.COMPLEMENTARY);

	private static final Count PERIOD = Count.hidden(Count.Withheld.PERIOD);

	@Test
	void theFourthQuarterMinusDecemberNoLongerGivesOctoberAndNovemberAway() {
		// October 1, November 2, December 9: the quarter's 12 minus December's 9 would be 3.
		int[] months = { 14, 3, 11, 2, 0, 16, 7, 4, 12, 1, 2, 9 };
		var periods = new NestedPeriods(Count.of(81), months);

		assertThat(periods.count(quarter(4))).isEqualTo(Count.of(12));
		assertThat(periods.count(month(10))).isEqualTo(SMALL);
		assertThat(periods.count(month(11))).isEqualTo(SMALL);
		assertThat(periods.count(month(12))).isEqualTo(COMPLEMENTARY);
		// The second quarter: 2 and 0 beside 16 under 18; the 16 is withheld too, 18 - 16 would be the 2.
		assertThat(periods.count(month(4))).isEqualTo(SMALL);
		assertThat(periods.count(month(5))).isEqualTo(Count.of(0));
		assertThat(periods.count(month(6))).isEqualTo(COMPLEMENTARY);
		assertThat(periods.count(StatisticsPeriod.ofYear(YEAR))).isEqualTo(Count.of(81));
	}

	@Test
	void theMonthsOfAWithheldQuarterAreAllWithheldWhateverTheyHold() {
		int[] months = { 7, 6, 7, 1, 1, 1, 0, 6, 0, 5, 5, 0 };
		var periods = new NestedPeriods(Count.of(39), months);

		assertThat(periods.count(quarter(2))).isEqualTo(SMALL);
		assertThat(periods.count(quarter(3))).isEqualTo(COMPLEMENTARY);
		for (int m = 4; m <= 9; m++) {
			assertThat(periods.count(month(m))).as("month %d", m).isEqualTo(PERIOD);
		}
		assertThat(periods.count(quarter(1))).isEqualTo(Count.of(20));
		assertThat(periods.count(month(2))).isEqualTo(Count.of(6));
		assertThat(periods.count(month(12))).isEqualTo(Count.of(0));
	}

	@Test
	void aYearOfFewerThanFiveWithholdsEverythingInIt() {
		int[] months = new int[12];
		months[2] = 1;
		months[7] = 2;
		var periods = new NestedPeriods(Count.hidden(Count.Withheld.WITHHELD), months);

		for (int m = 1; m <= 12; m++) {
			assertThat(periods.count(month(m)).withheld()).isEqualTo(Count.Withheld.WITHHELD);
		}
		assertThat(periods.count(quarter(1)).withheld()).isEqualTo(Count.Withheld.WITHHELD);
	}

	@Test
	void monthsThatDoNotAddUpToTheYearPublishNothingBelowIt() {
		// Read a moment apart, around a refresh: better nothing than figures that do not add up.
		int[] months = { 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		var periods = new NestedPeriods(Count.of(10), months);

		assertThat(periods.count(month(1))).isEqualTo(PERIOD);
		assertThat(periods.count(quarter(1))).isEqualTo(PERIOD);
	}

	@Test
	void randomYearsGiveNoCountUnderFiveAwayByAnySubtraction() {
		Random random = new Random(20261208L);
		for (int n = 0; n < 400; n++) {
			int[] months = new int[12];
			for (int m = 0; m < 12; m++) {
				int kind = random.nextInt(10);
				months[m] = kind < 3 ? 0 : kind < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(12);
			}
			int total = Arrays.stream(months).sum();
			Count year = total >= 1 && total <= 4 ? Count.hidden(Count.Withheld.WITHHELD) : Count.of(total);
			var periods = new NestedPeriods(year, months);
			String described = Arrays.toString(months);

			List<StatisticsPeriod> all = new ArrayList<>();
			all.add(StatisticsPeriod.ofYear(YEAR));
			for (int q = 1; q <= 4; q++) {
				all.add(quarter(q));
			}
			for (int m = 1; m <= 12; m++) {
				all.add(month(m));
			}
			for (StatisticsPeriod period : all) {
				Count count = periods.count(period);
				int truth = truth(months, period);
				if (count.published()) {
					assertThat(count.value()).as(described).isEqualTo(truth);
					assertThat(truth < 1 || truth > 4).as(described).isTrue();
				}
				else if (count.withheld() == Count.Withheld.SMALL_COUNT) {
					assertThat(truth).as(described).isBetween(1, 4);
				}
			}
			// Every period minus every set of published periods inside it that do not overlap.
			for (StatisticsPeriod whole : all) {
				if (whole.kind() == StatisticsPeriod.Kind.MONTH || !periods.count(whole).published()) {
					continue;
				}
				List<StatisticsPeriod> inside = all.stream()
					.filter(p -> !p.equals(whole) && whole.contains(p) && periods.count(p).published())
					.toList();
				for (int subset = 1; subset < 1 << inside.size(); subset++) {
					int rest = periods.count(whole).value();
					boolean[] used = new boolean[13];
					boolean overlap = false;
					for (int i = 0; i < inside.size(); i++) {
						if ((subset & 1 << i) != 0) {
							StatisticsPeriod part = inside.get(i);
							for (int m = part.firstMonth(); m <= part.lastMonth(); m++) {
								overlap |= used[m];
								used[m] = true;
							}
							rest -= periods.count(part).value();
						}
					}
					if (!overlap) {
						assertThat(rest < 1 || rest > 4).as("%s: %s minus set %d of %s", described, whole, subset, inside)
							.isTrue();
					}
				}
			}
		}
	}

	private static int truth(int[] months, StatisticsPeriod period) {
		int sum = 0;
		for (int m = period.firstMonth(); m <= period.lastMonth(); m++) {
			sum += months[m - 1];
		}
		return sum;
	}

	private static StatisticsPeriod quarter(int q) {
		return StatisticsPeriod.ofQuarter(YEAR, q);
	}

	private static StatisticsPeriod month(int m) {
		return StatisticsPeriod.ofMonth(YEAR, m);
	}

}
